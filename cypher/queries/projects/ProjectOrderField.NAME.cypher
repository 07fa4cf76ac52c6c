RETURN this.sortKey
