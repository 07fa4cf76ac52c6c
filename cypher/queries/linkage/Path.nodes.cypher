RETURN nodes(this)
