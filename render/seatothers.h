/* seatothers: --others N, the parties under N seats gathered into one block
 * "Others (k)", each still named in the legend's breakdown. */
#ifndef RENDER_SEATOTHERS_H
#define RENDER_SEATOTHERS_H

#include <glib.h>
#include "lang.h"
#include "seats.h"

/* Gathers, in every house of set, the parties (and independents) of the
 * lineages that hold fewer than `under` seats wherever they stand into one
 * party "Others (k)" at the end of the house (k: the parties it holds with
 * seats), which owns them in its `gathered`. Appointed and vacant seats
 * stay apart; so does everything when fewer than two lineages qualify.
 * The gathered lineages get no legend number; Others gets one lineage of
 * its own. Colours are handed out again (seatcolor). */
void seatothers_gather(ParlSet *set, int under, Lang l);

#endif
