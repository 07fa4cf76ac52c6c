RETURN length(this)
