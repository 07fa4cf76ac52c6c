// IndicatorFilter.place: indicators with a figure for the region or province.
MATCH (this)<-[:OF]-(:Observation)-[:FOR]->(:Entity {id: $place})
