/* page: the frame every figure shares; see page.h. */
#include "page.h"
#include "diag.h"
#include "labeltext.h"

#include <math.h>
#include <string.h>

void page_init(Page *p, Scene *s, TextMeasurer *tm, const ChartOptions *opts)
{
	*p = (Page){.scene = s, .tm = tm, .opts = opts, .lo = PAGE_MARGIN,
	            .hi = opts->width - PAGE_MARGIN};
	p->boxes = g_array_new(FALSE, FALSE, sizeof(PageBox));
}

void page_clear(Page *p)
{
	if (p->boxes)
		g_array_free(p->boxes, TRUE);
	p->boxes = NULL;
}

void page_add_box(Page *p, double x, double y, double w, double h)
{
	PageBox b = {x, y, w, h};
	g_array_append_val(p->boxes, b);
}

SceneItem *page_text(Page *p, const char *role, const char *text, TextStyle st,
                     double x, double y, Color c)
{
	TextSize sz = text_measure(p->tm, text, &st);
	page_add_box(p, x, y, sz.w, sz.h);
	return scene_text(p->scene, role, text, &st, x, y, sz.w, sz.h, c);
}

gboolean page_box_free(const Page *p, double x, double y, double w, double h,
                       double pad)
{
	for (guint i = p->scan_box; i < p->boxes->len; i++) {
		const PageBox *b = &g_array_index(p->boxes, PageBox, i);
		if (x < b->x + b->w + pad && b->x < x + w + pad && y < b->y + b->h + pad &&
		    b->y < y + h + pad)
			return FALSE;
	}
	return TRUE;
}

void page_shift_boxes(Page *p, guint from, double dy)
{
	for (guint i = from; i < p->boxes->len; i++)
		g_array_index(p->boxes, PageBox, i).y += dy;
}

double page_paragraph(Page *p, double y, const char *role, const char *text,
                      TextStyle st, Color c)
{
	st.wrap = p->hi - p->lo;
	page_text(p, role, text, st, p->lo, y, c);
	return y + text_measure(p->tm, text, &st).h;
}

double page_heading(Page *p, double y)
{
	const ChartOptions *o = p->opts;
	/* Tied as labels are, so a wrapped heading never ends in a lone "2020". */
	if (o->title && *o->title) {
		char *t = labeltext_heading(o->title);
		y = page_paragraph(p, y, "title", t,
		                   page_style(PAGE_TITLE_SIZE, TRUE, FALSE, 0, TEXT_LEFT),
		                   color_rgb(PAGE_INK)) + 2;
		g_free(t);
	}
	if (o->subtitle && *o->subtitle) {
		char *t = labeltext_heading(o->subtitle);
		y = page_paragraph(p, y, "subtitle", t,
		                   page_style(PAGE_SUBTITLE_SIZE, FALSE, FALSE, 0, TEXT_LEFT),
		                   color_rgb(PAGE_MUTED)) + 2;
		g_free(t);
	}
	return y;
}

/* ---- --strict ---- */

/* A box to sweep: a text's logical box or a seat's bounding box. */
typedef struct Sweep { double x0, y0, x1, y1; guint item; } Sweep;

static gint cmp_sweep(gconstpointer pa, gconstpointer pb)
{
	const Sweep *a = pa, *b = pb;
	if (a->x0 != b->x0)
		return a->x0 < b->x0 ? -1 : 1;
	return a->item < b->item ? -1 : a->item > b->item;
}

/* A circle and a box meet (by more than 0.01 pt). */
static gboolean circle_meets_box(const SceneItem *c, const SceneItem *t)
{
	double nx = CLAMP(c->cx, t->x, t->x + t->w), ny = CLAMP(c->cy, t->y, t->y + t->h);
	double r = c->r - 0.01;
	return r > 0 && (nx - c->cx) * (nx - c->cx) + (ny - c->cy) * (ny - c->cy) < r * r;
}

static gboolean texts_meet(const SceneItem *a, const SceneItem *b)
{
	return a->x < b->x + b->w - 0.01 && b->x < a->x + a->w - 0.01 &&
	       a->y < b->y + b->h - 0.01 && b->y < a->y + a->h - 0.01;
}

/* Two items that must not meet; FALSE (with *err) if a and b do. */
static gboolean check_pair(const char *path, const SceneItem *a, const SceneItem *b,
                           GError **err)
{
	if (a->kind == SCENE_SEAT && b->kind == SCENE_SEAT)
		return TRUE;
	const SceneItem *t = a->kind == SCENE_TEXT ? a : b, *o = t == a ? b : a;
	if (o->kind == SCENE_TEXT ? !texts_meet(t, o) : !circle_meets_box(o, t))
		return TRUE;
	char *qa = diag_quote(t->text);
	char *qb = o->kind == SCENE_TEXT ? diag_quote(o->text) : NULL;
	/* At the input row of either item, when one comes from a row. */
	int row = t->row > 0 ? t->row : o->row;
	if (qb)
		diag_at(err, path, row, 1, "the texts \"%s\" and \"%s\" would overlap "
		        "(--strict); expected a larger --size or shorter texts", qa, qb);
	else
		diag_at(err, path, row, 1, "the text \"%s\" would cover a seat of \"%s\" "
		        "(--strict); expected a larger --size or shorter texts", qa,
		        o->party ? o->party : "");
	g_free(qa);
	g_free(qb);
	return FALSE;
}

gboolean page_verify(const Scene *s, const char *path, const char *hint,
                     GError **err)
{
	if (s->left_out->len > 0) {
		const SceneLeftOut *l = &g_array_index(s->left_out, SceneLeftOut, 0);
		return diag_at(err, path, l->row, 1, "left out of the figure: %s (%u row%s "
		               "in all, --strict); expected %s", l->reason, s->left_out->len,
		               s->left_out->len == 1 ? "" : "s", hint);
	}
	GArray *boxes = g_array_new(FALSE, FALSE, sizeof(Sweep));
	gboolean ok = TRUE;
	for (guint i = 0; i < s->items->len && ok; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		Sweep b = {0, 0, 0, 0, i};
		if (it->kind == SCENE_TEXT) {
			if (it->x < -0.01 || it->y < -0.01 || it->x + it->w > s->width + 0.01 ||
			    it->y + it->h > s->height + 0.01) {
				char *q = diag_quote(it->text);
				ok = diag_at(err, path, it->row, 1, "the text \"%s\" would leave "
				             "the page (--strict); expected a larger --size or a "
				             "shorter text", q);
				g_free(q);
			}
			b = (Sweep){it->x, it->y, it->x + it->w, it->y + it->h, i};
		} else if (it->kind == SCENE_SEAT) {
			b = (Sweep){it->cx - it->r, it->cy - it->r, it->cx + it->r, it->cy + it->r, i};
		} else {
			continue;
		}
		g_array_append_val(boxes, b);
	}
	/* A sweep over the boxes by their left edge: each box meets only the
	 * ones that start before it ends. */
	g_array_sort(boxes, cmp_sweep);
	for (guint i = 0; i < boxes->len && ok; i++) {
		const Sweep *a = &g_array_index(boxes, Sweep, i);
		for (guint j = i + 1; j < boxes->len && ok; j++) {
			const Sweep *b = &g_array_index(boxes, Sweep, j);
			if (b->x0 >= a->x1 - 0.01)
				break;
			if (b->y0 >= a->y1 - 0.01 || a->y0 >= b->y1 - 0.01)
				continue;
			const SceneItem *ia = &g_array_index(s->items, SceneItem, a->item);
			const SceneItem *ib = &g_array_index(s->items, SceneItem, b->item);
			ok = check_pair(path, ia, ib, err);
		}
	}
	g_array_free(boxes, TRUE);
	return ok;
}
