RETURN type(this)
