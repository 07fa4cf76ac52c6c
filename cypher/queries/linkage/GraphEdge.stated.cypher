// GraphEdge.stated: false only where the document implies the link without stating it.
RETURN coalesce(this.stated, true)
