/* seatcolor: a colour for every party of a set of compositions: given colours
 * kept, defaults handed out so no two parties of the chart look alike. */
#ifndef RENDER_SEATCOLOR_H
#define RENDER_SEATCOLOR_H

#include <glib.h>
#include "seats.h"

/* Sets the color of every party of set. A party keeps one colour in every
 * election (by name); given colours (given_color) win. The others are
 * handed out biggest party first, so the large blocks get the strong
 * colours: a default no party of the chart has, else none of its houses
 * has, else not the same, else at least unlike its neighbours. Groups that
 * are not parties get neutral greys. */
void seatcolor_assign(ParlSet *set);

#endif
