/* hemiparty: which party each seat of an arch goes to: every party one block
 * of neighbouring seats, the parties in order from left to right. */
#ifndef RENDER_HEMIPARTY_H
#define RENDER_HEMIPARTY_H

#include "hemicycle.h"

/* Seats whose centres are closer than this many pitches (h->pitch) are
 * neighbours: the next seat of a row, and the seats of the next row that
 * overlap it in angle. */
#define HEMIPARTY_NEIGHBOUR 1.25

/* Sets the party of every seat of h (whose rows and positions are laid out)
 * from party_seats[nparties] (>= 0, summing to h->nseats), in order from
 * the left. Every row lists the parties in order; each party is one group
 * of neighbouring seats, its edges as near the plain sweep by angle as that
 * allows; a party too small for a wedge sits on the outer (else the inner)
 * row, at the edge of its neighbours. Returns how many parties it could not
 * keep in one piece (0 on every composition tried). */
int hemiparty_assign(Hemicycle *h, const int *party_seats, int nparties);

#endif
