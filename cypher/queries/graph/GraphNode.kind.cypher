// GraphNode.kind: a plan's level, a project's or agency's kind, a region's scheme.
RETURN coalesce(this.level, this.kind, this.scheme)
