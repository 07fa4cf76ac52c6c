RETURN COUNT { (this)--() }
