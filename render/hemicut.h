/* hemicut: a threshold line across an arch, through the gaps between the
 * seats with exactly the stated number of seats on its left. */
#ifndef RENDER_HEMICUT_H
#define RENDER_HEMICUT_H

#include "hemicycle.h"

/* A line from inside the inner row to outside the outer row with exactly
 * `left` seats (0..nseats) on its left: the leftmost seats of every row, as
 * evenly across rows as the arch allows. It runs through each row between
 * two seats and between rows midway from one row to the next, straight
 * wherever that stays as far from every seat, so no seat centre comes
 * closer to it than half a pitch. Returns the points from the inside out
 * (caller frees) and sets *npoints; *label_at gets the outer end, *angle
 * its angle (radians, 0 = right, pi = left). */
HemiPoint *hemicut_line(const Hemicycle *h, int left, int *npoints, HemiPoint *label_at,
                        double *angle);

#endif
