// How many model nodes the graph holds (an empty graph is loaded from the packaged dataset on start).
MATCH (n:Entity) RETURN count(n) AS nodes
