this.kind = $kind
