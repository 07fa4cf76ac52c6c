RETURN relationships(this)
