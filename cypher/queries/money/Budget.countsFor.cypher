MATCH (province:Province {id: this.countedFor})
RETURN province
