// GraphNode.name: the Thai name, a source's title, or else the id.
RETURN coalesce(this.nameTh, this.title, this.id)
