RETURN startNode(this).id
