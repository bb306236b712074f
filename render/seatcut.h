/* seatcut: the threshold lines one house gets (the majority, then each
 * --threshold once), each with its seat count and its label. */
#ifndef RENDER_SEATCUT_H
#define RENDER_SEATCUT_H

#include <glib.h>
#include "lang.h"
#include "seats.h"

/* The smallest body that gets a majority line: in one of one or two seats
 * the majority is every seat. */
#define SEATCUT_MIN_MAJORITY_TOTAL 3

typedef enum { SEATCUT_MAJORITY, SEATCUT_THRESHOLD } SeatCutKind;

typedef struct SeatCut {
	int seats;           /* seats on the line's left */
	SeatCutKind kind;
	char *label;         /* owned; "Majority: 54", "2/3: 72", "60 seats"; a
	                        taker may steal it (set it to NULL) */
} SeatCut;

/* The cuts of house h: its majority first when `majority` (and h has at
 * least SEATCUT_MIN_MAJORITY_TOTAL seats), then
 * thresholds[n] in the order given, a count already drawn (an equal share,
 * or 1/2 beside the majority) only once, under its first name. Returns a
 * GArray of SeatCut that frees the labels with it (caller frees), or NULL
 * with DIAG_USAGE when a threshold needs more seats than h has. */
GArray *seatcut_list(const Parliament *h, gboolean majority,
                     const ParlThreshold *thresholds, int n, Lang l, GError **err);

/* The scene role of a cut's line: "majority" or "threshold"; static. */
const char *seatcut_role(SeatCutKind kind);

static inline SeatCut *seatcut_at(GArray *cuts, guint i)
{
	return &g_array_index(cuts, SeatCut, i);
}

#endif
