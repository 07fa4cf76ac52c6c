// Observation.value: the figure exactly as the document states it (the float is for arithmetic only).
RETURN coalesce(this.valueExact, toString(this.value))
