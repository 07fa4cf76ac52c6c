// Location.tambon: the place, where it is a tambon.
RETURN CASE WHEN 'Tambon' IN labels(this.place) THEN this.place END
