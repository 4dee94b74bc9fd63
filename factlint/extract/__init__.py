"""Figures and claims extracted: numbers, amounts, units, labels, periods and the words around them."""
