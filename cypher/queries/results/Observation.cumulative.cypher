RETURN coalesce(this.cumulative, false)
