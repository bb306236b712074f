/* case_timeline: the timeline's placement checks on a scene: priority first,
 * leaders that never cross each other or a span bar, labels near their
 * events, how tall the labels stand; see tests/cases/README.md and case.h. */
#include "case.h"

#include <math.h>
#include <string.h>

#define EPS 0.01

/* The texts that make up a label on the chart (not the key under it). */
static const char *const LABEL_ROLES[] = {"date", "label", "detail", "more", "callout", NULL};
/* ... and the discs callout numbers stand on. */
static const char *const DISC_ROLES[] = {"callout-disc", NULL};

static gboolean role_in(const Item *it, const char *const *roles)
{
	for (int i = 0; roles[i]; i++)
		if (it->role && !strcmp(it->role, roles[i]))
			return TRUE;
	return FALSE;
}

static gboolean is_text(const Item *it)
{
	return !strcmp(it->type, "text");
}

static gboolean has_num(const Item *it, const char *key, double *out)
{
	if (!json_object_has_member(it->obj, key))
		return FALSE;
	*out = json_object_get_double_member(it->obj, key);
	return TRUE;
}

/* A label, callout or key entry names its row with the priority it was
 * placed with: the highest such priority of each row goes into shown. */
static void shown_priorities(SceneData *sd, GHashTable *shown, double *lowest, int *lowest_row)
{
	static const char *const named[] = {"label", "callout", "key", NULL};
	*lowest = INFINITY;
	*lowest_row = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		double p;
		if (!is_text(it) || it->row < 0 || !role_in(it, named) || !has_num(it, "priority", &p))
			continue;
		double *was = g_hash_table_lookup(shown, GINT_TO_POINTER(it->row));
		if (!was) {
			was = g_new(double, 1);
			*was = p;
			g_hash_table_insert(shown, GINT_TO_POINTER(it->row), was);
		}
		*was = fmax(*was, p);
		if (p < *lowest)
			*lowest = p, *lowest_row = it->row;
	}
}

/* No label shown has a lower priority than an event left out, unless that
 * event was tried after every label of higher or equal priority ("tried"),
 * or a drawn label of at least its priority counts it ("counted_in"). */
void check_priority_first(SceneData *sd)
{
	GHashTable *shown = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	double lowest;
	int lowest_row, bad = 0;
	shown_priorities(sd, shown, &lowest, &lowest_row);
	for (guint i = 0; sd->left_out && i < json_array_get_length(sd->left_out); i++) {
		JsonObject *o = json_array_get_object_element(sd->left_out, i);
		if (!json_object_has_member(o, "priority"))
			continue;
		int row = (int)json_object_get_int_member(o, "row");
		double p = json_object_get_double_member(o, "priority");
		gboolean tried = json_object_get_boolean_member(o, "tried");
		int in = json_object_has_member(o, "counted_in")
		       ? (int)json_object_get_int_member(o, "counted_in") : 0;
		const double *by = in ? g_hash_table_lookup(shown, GINT_TO_POINTER(in)) : NULL;
		if (tried)
			continue;
		if (in && !by) {
			if (bad++ < 5)
				case_fail("line %d is counted in line %d, which no label names", row, in);
		} else if (in && *by < p) {
			if (bad++ < 5)
				case_fail("line %d (priority %g) is counted in line %d of lower priority %g",
				          row, p, in, *by);
		} else if (!in && lowest < p) {
			if (bad++ < 5)
				case_fail("line %d (priority %g) is left out untried while line %d of "
				          "priority %g is labelled", row, p, lowest_row, lowest);
		}
	}
	g_hash_table_destroy(shown);
}

/* Twice the signed area of a, b, c: which side of ab c lies on. */
static double orient(const double *a, const double *b, const double *c)
{
	return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/* Whether two segments cross: properly, or lying on one line and sharing
 * more than half a point. Meeting at an end is no crossing. */
static gboolean segments_cross(const double *a, const double *b, const double *c,
                               const double *d)
{
	double d1 = orient(c, d, a), d2 = orient(c, d, b);
	double d3 = orient(a, b, c), d4 = orient(a, b, d);
	double la = hypot(b[0] - a[0], b[1] - a[1]), lc = hypot(d[0] - c[0], d[1] - c[1]);
	double tol = EPS * fmax(la, lc);
	if (fabs(d1) <= tol && fabs(d2) <= tol && fabs(d3) <= tol && fabs(d4) <= tol) {
		/* On one line: the overlap of their projections. */
		int k = fabs(b[0] - a[0]) >= fabs(b[1] - a[1]) ? 0 : 1;
		double lo = fmax(fmin(a[k], b[k]), fmin(c[k], d[k]));
		double hi = fmin(fmax(a[k], b[k]), fmax(c[k], d[k]));
		return hi - lo > 0.5;
	}
	return ((d1 > tol && d2 < -tol) || (d1 < -tol && d2 > tol)) &&
	       ((d3 > tol && d4 < -tol) || (d3 < -tol && d4 > tol));
}

/* Two leaders from one anchor (a span and an event on its first day) rise
 * together before they part: their first segments may share a line. */
static gboolean forks(const Item *a, int s, const Item *b, int t)
{
	return s == 0 && t == 0 && (fabs(a->pts[0] - b->pts[0]) < 0.5 ||
	                            fabs(a->pts[1] - b->pts[1]) < 0.5);
}

/* No two lines or paths of the given roles cross each other (leaders from
 * one anchor may share their first segment). */
void check_uncrossed(SceneData *sd, char **roles)
{
	GPtrArray *lines = g_ptr_array_new();
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (it->pts && role_in(it, (const char *const *)roles))
			g_ptr_array_add(lines, it);
	}
	int bad = 0;
	for (guint i = 0; i < lines->len; i++) {
		const Item *a = g_ptr_array_index(lines, i);
		for (guint j = i + 1; j < lines->len; j++) {
			const Item *b = g_ptr_array_index(lines, j);
			if (a->x > b->x + b->w || b->x > a->x + a->w || a->y > b->y + b->h ||
			    b->y > a->y + a->h)
				continue;
			for (int s = 0; s + 1 < a->npts; s++)
				for (int t = 0; t + 1 < b->npts; t++)
					if (!forks(a, s, b, t) &&
					    segments_cross(&a->pts[2 * s], &a->pts[2 * s + 2], &b->pts[2 * t],
					                   &b->pts[2 * t + 2]) && bad++ < 5)
						case_fail("%s of line %d crosses %s of line %d near %g,%g", a->role,
						          a->row, b->role, b->row, a->pts[2 * s], a->pts[2 * s + 1]);
		}
	}
	g_ptr_array_free(lines, TRUE);
}

/* Whether the scene's axis runs across the page (else down it). */
static gboolean axis_across(SceneData *sd)
{
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (it->role && !strcmp(it->role, "axis") && it->pts)
			return fabs(it->pts[2] - it->pts[0]) >= fabs(it->pts[3] - it->pts[1]);
	}
	return TRUE;
}

/* Where each row's event is along the axis, as a stretch [0] to [1]: the
 * start of its leader, else its span bar from end to end (its pieces: the
 * certain days, "span", and the ends known only to a month or year,
 * "span-end"). */
static GHashTable *event_positions(SceneData *sd, gboolean across)
{
	GHashTable *at = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (it->row < 0 || !it->role || strcmp(it->role, "stem") || !it->pts ||
		    g_hash_table_contains(at, GINT_TO_POINTER(it->row)))
			continue;
		double pos[2] = {across ? it->pts[0] : it->pts[1], across ? it->pts[0] : it->pts[1]};
		g_hash_table_insert(at, GINT_TO_POINTER(it->row), g_memdup2(pos, sizeof pos));
	}
	GHashTable *bars = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (it->row < 0 || !it->role || strcmp(it->type, "rect") ||
		    (strcmp(it->role, "span") && strcmp(it->role, "span-end")) ||
		    g_hash_table_contains(at, GINT_TO_POINTER(it->row)))
			continue;
		double pos[2] = {across ? it->x : it->y, across ? it->x + it->w : it->y + it->h};
		double *was = g_hash_table_lookup(bars, GINT_TO_POINTER(it->row));
		if (!was) {
			g_hash_table_insert(bars, GINT_TO_POINTER(it->row), g_memdup2(pos, sizeof pos));
		} else {
			was[0] = fmin(was[0], pos[0]);
			was[1] = fmax(was[1], pos[1]);
		}
	}
	GHashTableIter iter;
	gpointer key, value;
	g_hash_table_iter_init(&iter, bars);
	while (g_hash_table_iter_next(&iter, &key, &value))
		g_hash_table_insert(at, key, g_memdup2(value, 2 * sizeof(double)));
	g_hash_table_destroy(bars);
	return at;
}

/* Every label lies within `most` points of its event along the axis: its
 * lines (drawn one after another; a callout's discs with its numbers) from
 * the one whose row has a leader or a span bar, measured from that event
 * (a span: the nearest point of its bar) to the nearest edge of their box. */
void check_near_event(SceneData *sd, double most)
{
	gboolean across = axis_across(sd);
	GHashTable *at = event_positions(sd, across);
	const double *event = NULL;
	double lo = 0, hi = 0;
	int bad = 0, row = 0;
	for (guint i = 0; i <= sd->items->len; i++) {
		Item *it = i < sd->items->len ? scene_data_item(sd, i) : NULL;
		if (it && !(is_text(it) && role_in(it, LABEL_ROLES)) && !role_in(it, DISC_ROLES))
			continue;
		const double *own = it && it->row > 0 ? g_hash_table_lookup(at, GINT_TO_POINTER(it->row))
		                                      : NULL;
		/* A line whose row has its own event starts a label (unless it
		 * continues the label of that row): the last one ends, and is
		 * measured. */
		if (!it || (own && it->row != row)) {
			double off = event ? fmax(0, fmax(lo - event[1], event[0] - hi)) : 0;
			if (event && off > most + EPS && bad++ < 5)
				case_fail("the label of line %d lies %g pt from its event along the axis "
				          "(at most %g)", row, off, most);
			if (!it)
				break;
			event = own, row = it->row;
			lo = across ? it->x : it->y, hi = across ? it->x + it->w : it->y + it->h;
			continue;
		}
		if (!event) {
			if (it->row > 0 && bad++ < 5)
				case_fail("%s \"%s\" of line %d follows no label with a leader or bar",
				          it->role, it->text, it->row);
			continue;
		}
		lo = fmin(lo, across ? it->x : it->y);
		hi = fmax(hi, across ? it->x + it->w : it->y + it->h);
	}
	g_hash_table_destroy(at);
}

/* The texts of the roles (comma-separated) stand at most `most` points
 * tall together: from the top of the highest to the bottom of the lowest. */
void check_text_height(SceneData *sd, const char *roles, double most)
{
	char **list = g_strsplit(roles, ",", -1);
	double top = INFINITY, bottom = -INFINITY;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!is_text(it) || !role_in(it, (const char *const *)list))
			continue;
		top = fmin(top, it->y);
		bottom = fmax(bottom, it->y + it->h);
	}
	if (!isfinite(top))
		case_fail("no text of the roles %s", roles);
	else if (bottom - top > most + EPS)
		case_fail("the texts of %s stand %g pt tall, more than %g", roles, bottom - top, most);
	g_strfreev(list);
}

/* Each of the CSV lines has a label, a callout or a key entry naming it. */
void check_named(SceneData *sd, const int *lines, int n)
{
	static const char *const named[] = {"label", "callout", "key", NULL};
	for (int k = 0; k < n; k++) {
		gboolean found = FALSE;
		for (guint i = 0; i < sd->items->len && !found; i++) {
			Item *it = scene_data_item(sd, i);
			found = is_text(it) && it->row == lines[k] && role_in(it, named);
		}
		if (!found)
			case_fail("line %d has no label, callout or key entry", lines[k]);
	}
}

/* No line or path of the given roles passes through a span bar (a rect of
 * role span or span-end). */
void check_bars_clear_of(SceneData *sd, char **roles)
{
	GPtrArray *bars = g_ptr_array_new(), *lines = g_ptr_array_new();
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!it->role)
			continue;
		if (!strcmp(it->type, "rect") && (!strcmp(it->role, "span") || !strcmp(it->role, "span-end")))
			g_ptr_array_add(bars, it);
		else if (it->pts && role_in(it, (const char *const *)roles))
			g_ptr_array_add(lines, it);
	}
	int bad = 0;
	for (guint i = 0; i < lines->len; i++) {
		const Item *a = g_ptr_array_index(lines, i);
		for (guint j = 0; j < bars->len; j++) {
			const Item *b = g_ptr_array_index(bars, j);
			if (a->x > b->x + b->w || b->x > a->x + a->w || a->y > b->y + b->h ||
			    b->y > a->y + a->h)
				continue;
			for (int s = 0; s + 1 < a->npts; s++)
				if (segment_hits_box(a->pts[2 * s], a->pts[2 * s + 1], a->pts[2 * s + 2],
				                     a->pts[2 * s + 3], b) && bad++ < 5)
					case_fail("%s of line %d crosses the bar of line %d near %g,%g", a->role,
					          a->row, b->row, a->pts[2 * s], b->y);
		}
	}
	g_ptr_array_free(bars, TRUE);
	g_ptr_array_free(lines, TRUE);
}

/* Whether the date text d stands on the first line of the label text l
 * (they share a line: d's middle lies within l's first line), else above. */
static gboolean date_inline(const Item *d, const Item *l)
{
	double mid = d->y + d->h / 2;
	return mid > l->y + EPS && d->y < l->y + l->h - EPS && d->x + d->w <= l->x + EPS;
}

/* Every label of the figure writes its date the same way: each date text
 * (role date) either on the line of its row's first label text, or above
 * it, never some one way and some the other. */
void check_one_date_style(SceneData *sd)
{
	int inline_row = -1, stacked_row = -1;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *d = scene_data_item(sd, i);
		if (!d->role || strcmp(d->role, "date") || d->row < 0)
			continue;
		/* The row's label text nearest under or beside the date. */
		const Item *l = NULL;
		for (guint j = 0; j < sd->items->len; j++) {
			const Item *t = scene_data_item(sd, j);
			if (t->role && !strcmp(t->role, "label") && t->row == d->row && t->y > d->y - d->h &&
			    (!l || t->y < l->y))
				l = t;
		}
		if (!l)
			continue;
		if (date_inline(d, l))
			inline_row = inline_row < 0 ? d->row : inline_row;
		else
			stacked_row = stacked_row < 0 ? d->row : stacked_row;
	}
	if (inline_row >= 0 && stacked_row >= 0)
		case_fail("line %d has its date on its label's line, line %d above it", inline_row,
		          stacked_row);
}
