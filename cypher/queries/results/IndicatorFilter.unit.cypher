this.unit = $unit
