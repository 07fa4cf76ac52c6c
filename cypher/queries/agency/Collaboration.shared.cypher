// Collaboration.shared: the shared projects, plans and places, in the order the money model stored their ids
// (Thai order of their names); read only when asked for (a busy pair shares hundreds).
UNWIND this.sharedIds AS id
MATCH (thing:Entity {id: id})
RETURN thing
