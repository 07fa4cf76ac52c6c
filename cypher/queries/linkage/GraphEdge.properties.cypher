// GraphEdge.properties: every property but those with fields of their own, as text.
RETURN [key IN keys(this) WHERE NOT key IN ['src', 'role', 'via', 'stated'] | {key: key, value: toString(this[key])}]
