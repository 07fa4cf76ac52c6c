RETURN this.id
