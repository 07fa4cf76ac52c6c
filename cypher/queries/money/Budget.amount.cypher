RETURN this.amountBaht
