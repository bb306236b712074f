/* test_tlplace: label boxes beside a horizontal axis: the rules every
 * placement keeps (checked by brute force over many placements), the limit,
 * the moves that make room, and repacking. */
#include "units.h"
#include "tlplace.h"

#include <math.h>

static TlPlaceRules rules(double limit)
{
	return (TlPlaceRules){.lo = 0, .hi = 400, .gap = 3, .gap_x = 9, .stem_gap = 3,
	                      .stem_sep = 6, .max_shift = 72, .band = {1, 7},
	                      .elbow_band = {11, 17}, .limit = limit};
}

typedef struct Placed {
	double anchor;
	int key;
	int id;
} Placed;

/* Every rule, pairwise: boxes apart, no stem under a foreign box nearer
 * the axis, stems in time order and apart, near their anchors, on the page. */
static void check_rules(const TlPlace *p, const TlPlaceRules *r, const Placed *l, int n)
{
	for (int i = 0; i < n; i++) {
		const TlPlaceSpot *a = tlplace_spot(p, l[i].id);
		if (!a)
			continue;
		assert_true(fabs(a->pos - l[i].anchor) <= r->max_shift + 1e-6);
		assert_true(a->left >= r->lo - 1e-6 && a->left + a->w <= r->hi + 1e-6);
		assert_true(a->pos >= a->left - 1e-6 && a->pos <= a->left + a->w + 1e-6);
		assert_true(a->d >= -1e-6);
		for (int j = 0; j < n; j++) {
			const TlPlaceSpot *b = tlplace_spot(p, l[j].id);
			if (j == i || !b || b->side != a->side)
				continue;
			gboolean apart_x = a->left + a->w + r->gap_x <= b->left + 1e-6 ||
			                   b->left + b->w + r->gap_x <= a->left + 1e-6;
			gboolean apart_d = a->d + a->h + r->gap <= b->d + 1e-6 ||
			                   b->d + b->h + r->gap <= a->d + 1e-6;
			assert_true(apart_x || apart_d);
			/* a's stem runs from the axis to a->d: b may not cover it there. */
			if (a->pos > b->left - r->stem_gap && a->pos < b->left + b->w + r->stem_gap)
				assert_true(b->d >= a->d + a->h + r->gap - 1e-6);
			gboolean first = l[i].anchor < l[j].anchor ||
			                 (l[i].anchor == l[j].anchor && l[i].key < l[j].key);
			if (first)
				assert_true(a->pos + r->stem_sep <= b->pos + 1e-6);
		}
	}
	assert_true(tlplace_height(p) <= r->limit + 1e-6);
}

/* A lone label sits on a straight stem at its anchor, next to the axis. */
static void lone(void **state)
{
	(void)state;
	TlPlaceRules r = rules(G_MAXDOUBLE);
	TlPlace *p = tlplace_new(&r);
	TlPlaceBox box = {80, 20, 0};
	TlPlaceLabel lab = {.anchor = 100, .key = 0, .boxes = &box, .nboxes = 1, .sides = 3};
	TlPlaceSpot s;
	assert_true(tlplace_find(p, &lab, &s));
	assert_int_equal(s.side, TLPLACE_ABOVE);
	assert_true(fabs(s.pos - 100) < 1e-9 && fabs(s.d) < 1e-9);
	tlplace_put(p, &lab, &s);
	assert_true(fabs(tlplace_height(p) - 21) < 1e-9);
	tlplace_free(p);
}

/* Labels too many for one row go to the other side, then outward; under a
 * limit the last ones find no spot. */
static void crowd(void **state)
{
	(void)state;
	for (int limited = 0; limited < 2; limited++) {
		TlPlaceRules r = rules(limited ? 60 : G_MAXDOUBLE);
		TlPlace *p = tlplace_new(&r);
		Placed l[12];
		int n = 0, refused = 0;
		/* Told what comes, boxes keep off the anchors still to come. */
		for (int i = 0; i < 12; i++)
			tlplace_expect(p, 150 + 7 * i, i, 3);
		for (int i = 0; i < 12; i++) {
			TlPlaceBox boxes[2] = {{90, 19, 0}, {50, 30, 0}};
			TlPlaceLabel lab = {.anchor = 150 + 7 * i, .key = i, .boxes = boxes,
			                    .nboxes = 2, .sides = 3};
			TlPlaceSpot s;
			int id = tlplace_find(p, &lab, &s) ? tlplace_put(p, &lab, &s)
			                                   : tlplace_put_making_room(p, &lab, FALSE);
			if (id < 0) {
				refused++;
				continue;
			}
			l[n++] = (Placed){lab.anchor, i, id};
			check_rules(p, &r, l, n);
		}
		if (limited)
			assert_true(refused > 0 && tlplace_height(p) <= 60 + 1e-9);
		else
			assert_int_equal(refused, 0);
		tlplace_free(p);
	}
}

/* Brute force over many pseudo-random placements (a fixed LCG): every rule
 * holds after each put, after improving and after repacking, and improving
 * or repacking never makes the figure taller. */
static void rules_hold(void **state)
{
	(void)state;
	guint32 seed = 12345;
	for (int round = 0; round < 40; round++) {
		TlPlaceRules r = rules(round % 2 ? 80 + round : G_MAXDOUBLE);
		TlPlace *p = tlplace_new(&r);
		Placed l[40];
		int n = 0, count = 5 + round % 30;
		for (int i = 0; i < count; i++) {
			seed = seed * 1103515245u + 12345u;
			double anchor = (seed >> 8) % 400;
			TlPlaceBox boxes[2] = {{40 + (seed >> 20) % 80, 19, 0},
			                         {30 + (seed >> 24) % 30, 30, 0}};
			TlPlaceLabel lab = {.anchor = anchor, .key = i, .boxes = boxes, .nboxes = 2,
			                    .sides = (seed & 16) ? 1 : 3};
			tlplace_expect(p, anchor, i, lab.sides);
			TlPlaceSpot s;
			int id = tlplace_find(p, &lab, &s) ? tlplace_put(p, &lab, &s)
			                                   : tlplace_put_making_room(p, &lab, FALSE);
			if (id >= 0)
				l[n++] = (Placed){anchor, i, id};
			check_rules(p, &r, l, n);
		}
		double h = tlplace_height(p);
		tlplace_improve(p, 3);
		check_rules(p, &r, l, n);
		assert_true(tlplace_height(p) <= h + 1e-6);
		int ids[40];
		for (int k = 0; k < n; k++)
			ids[k] = l[n - 1 - k].id;
		h = tlplace_height(p);
		tlplace_repack(p, ids, n, 4);
		check_rules(p, &r, l, n);
		assert_true(tlplace_height(p) <= h + 1e-6);
		for (int k = 0; k < n; k++)
			assert_non_null(tlplace_spot(p, l[k].id));
		tlplace_free(p);
	}
}

/* A label whose only spot is taken gets it when the label there can move
 * elsewhere; the one moved stays placed. */
static void moving(void **state)
{
	(void)state;
	/* Room for one row a side, not for two rows on one side. */
	TlPlaceRules r = rules(63);
	r.band[TLPLACE_BELOW] = 1, r.elbow_band[TLPLACE_BELOW] = 11;
	TlPlace *p = tlplace_new(&r);
	TlPlaceBox box = {120, 30, 0};
	/* At the page's right edge the first label hangs left of its stem,
	 * above the axis... */
	TlPlaceLabel a = {.anchor = 390, .key = 1, .boxes = &box, .nboxes = 1, .sides = 3};
	TlPlaceSpot s;
	assert_true(tlplace_find(p, &a, &s));
	int ida = tlplace_put(p, &a, &s);
	assert_int_equal(s.side, TLPLACE_ABOVE);
	/* ...where the second, allowed only above, then finds no spot... */
	TlPlaceLabel b = {.anchor = 380, .key = 0, .boxes = &box, .nboxes = 1, .sides = 1};
	assert_false(tlplace_find(p, &b, &s));
	/* ...until the first moves below. */
	int idb = tlplace_put_making_room(p, &b, FALSE);
	assert_true(idb >= 0);
	assert_int_equal(tlplace_spot(p, idb)->side, TLPLACE_ABOVE);
	assert_int_equal(tlplace_spot(p, ida)->side, TLPLACE_BELOW);
	Placed l[2] = {{380, 0, idb}, {390, 1, ida}};
	check_rules(p, &r, l, 2);
	tlplace_free(p);
}

static int run_tlplace_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lone), cmocka_unit_test(crowd), cmocka_unit_test(rules_hold),
		cmocka_unit_test(moving),
	};
	return cmocka_run_group_tests_name("tlplace", tests, NULL, NULL);
}

UNIT_GROUP(run_tlplace_tests)
