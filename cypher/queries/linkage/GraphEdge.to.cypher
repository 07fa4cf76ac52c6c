RETURN endNode(this).id
