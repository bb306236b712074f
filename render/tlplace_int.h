/* tlplace_int: what the two halves of the placer share (tlplace.c places
 * and searches, tlplace_room.c makes room and repacks); not for callers. */
#ifndef RENDER_TLPLACE_INT_H
#define RENDER_TLPLACE_INT_H

#include "tlplace.h"

#define TLPLACE_EPS 1e-6

typedef struct Item {
	double anchor;
	int key;
	TlPlaceBox *boxes;   /* owned */
	int nboxes;
	unsigned sides;
	double extra;
	gboolean placed;
	TlPlaceSpot spot;
} Item;

struct TlPlace {
	TlPlaceRules r;
	GArray *items;                  /* of Item, by id */
	double extra;                   /* beyond the sides: the caller's and the labels' */
	int count[TLPLACE_SIDES];       /* placed labels per side */
	int elbows[TLPLACE_SIDES];      /* ... of them shifted */
	double ext[TLPLACE_SIDES];      /* outermost box edge per side */
	GArray *expect;                 /* of Expect, by anchor once sorted */
	gboolean expect_sorted;
	GHashTable *expect_at;          /* owned: key -> index + 1 in expect, while
	                                 * sorted and each key there once; else NULL */
};

/* A label still to come. */
typedef struct Expect {
	double anchor;
	int key;
	unsigned sides;
	gboolean done;
} Expect;

/* Label id; valid until the next label is put. */
Item *tlplace_item(const TlPlace *p, int id);
/* The `want` cheapest distinct spots for it (as label `self`, -1 when not
 * yet put), cheapest first, in out[]; relaxed, its stem may pass under
 * boxes (they are to be pushed out). Returns how many. */
int tlplace_search(const TlPlace *p, const Item *it, int self, int want, gboolean relax,
                   TlPlaceSpot *out);
/* The best spot for it, as tlplace_search with one. */
gboolean tlplace_best(const TlPlace *p, const Item *it, int self, TlPlaceSpot *out);
/* The cost of it at spot s as things stand (it taken out); FALSE past the limit. */
gboolean tlplace_cost_now(const TlPlace *p, const Item *it, int self, TlPlaceSpot *s);
/* Places item id at spot, its extra counted. */
void tlplace_place_at(TlPlace *p, int id, const TlPlaceSpot *spot);
/* Counts the labels, elbows and extents of each side again. */
void tlplace_recount(TlPlace *p);
/* Marks the label of that key as come (or not) for the cover cost. */
void tlplace_set_expected(TlPlace *p, int key, gboolean done);
/* The stem positions the side leaves for a label at (anchor, key), skipping
 * label self; FALSE when none. */
gboolean tlplace_stem_range(const TlPlace *p, TlPlaceSide side, double anchor, int key,
                            int self, double *lo, double *hi);

#endif
