// GraphNode.label: the entity's model label (every node also carries Entity).
RETURN [l IN labels(this) WHERE l <> 'Entity'][0]
