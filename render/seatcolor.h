/* seatcolor: a colour for every party of a set of compositions: given colours
 * kept, defaults handed out so no two parties of the chart look alike. */
#ifndef RENDER_SEATCOLOR_H
#define RENDER_SEATCOLOR_H

#include <glib.h>
#include "seats.h"

/* Sets the color of every party of set. A party keeps one colour in every
 * election (by lineage, so a renamed party keeps its own): the one
 * set->palette gives its latest name it lists, else its given colour
 * (given_color), the first one a lineage is given when it is given
 * several: set->warnings then says where, one "path:line:col: color ...:
 * party ... was given ... on line N" per other colour (replaced on every
 * call). The others are handed out biggest party first,
 * so the large blocks get the strong colours: a default no party of the
 * chart has, else none of its houses has, else not the same, else at least
 * unlike its neighbours. Groups that are not parties, and "Others", get
 * neutral greys. */
void seatcolor_assign(ParlSet *set);

#endif
