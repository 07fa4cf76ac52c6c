// Budget.provinces: the provinces the figure's money goes to (money.MoneyModel), in Thai order.
UNWIND this.provinces AS id
MATCH (province:Province {id: id})
RETURN province ORDER BY province.sortKey, province.id
