/* seatseries: a series of elections: which parties of different elections are
 * one party (same name, or renamed through the previous column). */
#ifndef RENDER_SEATSERIES_H
#define RENDER_SEATSERIES_H

#include <glib.h>
#include "seats.h"

/* Gives every party of set its lineage, houses in file order: a party named
 * in its previous cell continues the lineage of that name in an earlier
 * election (the old name is then free for a new party); any other party
 * continues the lineage of its own name, or starts one. Fills
 * set->lineages (latest and earlier names, legend numbers). FALSE with a DIAG_DATA
 * "path:line:col" error at the previous cell when it names no earlier
 * party, or one that another party already continues. */
gboolean seatseries_link(ParlSet *set, GError **err);

/* Numbers the lineages with seats 1.. in order of first appearance (their
 * rows in the legend); the others get 0. seatseries_link calls it; call it
 * again after changing seats or lineages. */
void seatseries_number(ParlSet *set);

/* Each house's seats per lineage: [house * set->nlineages + lineage], -1
 * where the lineage does not stand. Caller frees. Quadratic in size, for
 * the few houses a table shows. */
int *seatseries_grid(const ParlSet *set);

#endif
