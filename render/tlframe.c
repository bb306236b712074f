/* tlframe: a timeline's heading, legend and notes; see tlframe.h. */
#include "tlframe.h"
#include "labeltext.h"
#include "page.h"
#include "tlmarks.h"

/* Where the next legend entry goes: entries flow in lines across the
 * usable width. */
typedef struct Flow {
	double x, y, line_h;
} Flow;

/* The left edge of an entry w wide and h tall, starting a new line when
 * it would not fit. */
static double flow_place(Flow *f, const TlLayout *L, double w, double h)
{
	if (f->x > L->lo && f->x + w > L->hi) {
		f->x = L->lo;
		f->y += f->line_h + 2;
		f->line_h = 0;
	}
	double x = f->x;
	f->x += w + 12;
	f->line_h = MAX(f->line_h, h);
	return x;
}

/* One swatch (the group's mark shape) and name per group; groups beyond
 * the colours share one "other groups (N)" entry at the end. */
static void legend_groups(TlLayout *L, Page *pg, Flow *f, TextStyle st)
{
	guint ng = L->ev->groups->len;
	char *other = lang_phrase(L->opts->lang, LANG_P_OTHER_GROUPS, L->colors.others, 0);
	for (guint g = 0; g <= ng; g++) {
		if (g < ng && tlcolor_is_other(&L->colors, (int)g))
			continue;
		if (g == ng && L->colors.others == 0)
			break;
		const char *name = g < ng ? g_ptr_array_index(L->ev->groups, g) : other;
		TextSize sz = text_measure(L->tm, name, &st);
		double x = flow_place(f, L, 10 + sz.w, sz.h);
		Color key = g < ng ? tlcolor_of(&L->colors, (int)g) : color_rgb(TLCOLOR_OTHER);
		int shape = g < ng ? tlcolor_shape(&L->colors, (int)g) : 0;
		SceneItem *it = tlmarks_key(L, "legend-key", shape, key, COLOR_NONE, x + 3.5,
		                            f->y + MIN(sz.h, 10) / 2, 3);
		it->party = g < ng ? tlmarks_group_name(L, (int)g) : NULL;
		page_text(pg, "legend", name, st, x + 10, f->y, color_rgb(PAGE_INK));
	}
	g_free(other);
}

/* The key of mark kinds when the figure uses more than one: "exact day",
 * "month or year only" (bracket, faded bar end), "approximate or
 * uncertain" (hollow). */
/* The width of the symbols of the kinds shown, 9 pt each: a period shows a
 * bracket and a bar's end, vagueness a hollow mark and a dashed bracket,
 * as they occur. */
static double symbols_width(unsigned shown)
{
	int n = 0;
	for (unsigned k = 1; k <= TLMARKS_DASHED; k <<= 1)
		n += (shown & k) != 0;
	return 9 * MAX(n, 1) + 2;
}

static void legend_kinds(TlLayout *L, Page *pg, Flow *f, TextStyle st)
{
	unsigned kinds = tlmarks_kinds(L);
	gboolean period = (kinds & (TLMARKS_BRACKET | TLMARKS_FADED)) != 0;
	gboolean vague = (kinds & (TLMARKS_VAGUE | TLMARKS_DASHED)) != 0;
	if ((kinds & TLMARKS_DAY ? 1 : 0) + period + vague < 2)
		return;
	static const struct {
		unsigned kinds;
		LangWord word;
	} entries[] = {
		{TLMARKS_DAY, LANG_W_KEY_DAY},
		{TLMARKS_BRACKET | TLMARKS_FADED, LANG_W_KEY_PERIOD},
		{TLMARKS_VAGUE | TLMARKS_DASHED, LANG_W_KEY_VAGUE},
	};
	TextSize sz[G_N_ELEMENTS(entries)];
	double total = 8;
	for (size_t i = 0; i < G_N_ELEMENTS(entries); i++) {
		unsigned shown = kinds & entries[i].kinds;
		sz[i] = text_measure(L->tm, lang_word(L->opts->lang, entries[i].word, 1), &st);
		total += shown ? symbols_width(shown) + sz[i].w + 12 : 0;
	}
	/* The key keeps together on a line of its own when it does not fit
	 * beside the groups. */
	if (f->x > L->lo && f->x + total - 12 > L->hi) {
		f->x = L->lo;
		f->y += f->line_h + 2;
		f->line_h = 0;
	}
	f->x += f->x > L->lo ? 8 : 0;
	for (size_t i = 0; i < G_N_ELEMENTS(entries); i++) {
		unsigned shown = kinds & entries[i].kinds;
		if (!shown)
			continue;
		double x = flow_place(f, L, symbols_width(shown) + sz[i].w, sz[i].h);
		double cy = f->y + MIN(sz[i].h, 10) / 2;
		for (unsigned k = 1; k <= TLMARKS_DASHED; k <<= 1)
			if (shown & k) {
				tlmarks_key_symbol(L, (TlMarksKind)k, x + 4, cy);
				x += 9;
			}
		page_text(pg, "legend", lang_word(L->opts->lang, entries[i].word, 1), st, x + 2,
		          f->y, color_rgb(PAGE_MUTED));
	}
}

/* The legend: groups, then the key of mark kinds; returns the y under it. */
static double legend(TlLayout *L, Page *pg, double y)
{
	TextStyle st = page_style(7, FALSE, FALSE, L->hi - L->lo - 10, TEXT_LEFT);
	Flow f = {L->lo, y, 0};
	if (L->ev->groups->len > 0)
		legend_groups(L, pg, &f, st);
	legend_kinds(L, pg, &f, st);
	return f.line_h > 0 ? f.y + f.line_h + 2 : y;
}

double tlframe_heading(TlLayout *L, double y)
{
	Page pg;
	page_init(&pg, L->scene, L->tm, L->opts);
	y = page_heading(&pg, y);
	double under = legend(L, &pg, y + 3);
	y = under > y + 3 ? under : y;
	page_clear(&pg);
	return y + 4;
}

/* A paragraph of the footer and the space under it. */
static double paragraph(Page *pg, double y, const char *role, const char *text,
                        TextStyle st, unsigned rgb)
{
	return page_paragraph(pg, y, role, text, st, color_rgb(rgb)) + 2;
}

static TextStyle note_style(void)
{
	return page_style(PAGE_NOTE_SIZE, FALSE, FALSE, 0, TEXT_LEFT);
}

/* Key entries start past the disc of their number. */
static double key_indent(void)
{
	return 2 * TLBLOCK_DISC_R + 3;
}

static TextStyle key_style(const TlLayout *L)
{
	TextStyle st = note_style();
	st.wrap = L->hi - L->lo - key_indent();
	return st;
}

double tlframe_key_height(const TlLayout *L, const char *text, gboolean first)
{
	TextStyle st = key_style(L);
	double h = MAX(text_measure(L->tm, text, &st).h, 2 * TLBLOCK_DISC_R) + 1;
	return first ? h + 4 : h;
}

/* One key entry: its number on a disc, as on the chart, then its text. */
static double key_entry(TlLayout *L, Page *pg, const TlKey *k, double y)
{
	TextStyle st = key_style(L);
	TextSize sz = text_measure(L->tm, k->text, &st);
	char *num = g_strdup_printf("%d", k->number);
	double first_line = sz.h / MAX(sz.lines, 1);
	tlblock_draw_disc(L->scene, "callout-key", num, k->row, k->prio, L->lo + TLBLOCK_DISC_R,
	                  y + MAX(first_line, 2 * TLBLOCK_DISC_R) / 2, L->tm);
	g_free(num);
	double ty = y + MAX(0, TLBLOCK_DISC_R - first_line / 2);
	SceneItem *it = page_text(pg, "key", k->text, st, L->lo + key_indent(), ty,
	                          color_rgb(PAGE_INK));
	it->row = k->row;
	it->ranked = TRUE;
	it->priority = k->prio;
	return MAX(ty + sz.h, y + 2 * TLBLOCK_DISC_R) + 1;
}

/* "Sources: ¹ Wikipedia; ² RFE/RL." for the sources src[0..n). */
static char *sources_text(const TlLayout *L, const int *src, int n)
{
	GString *s = g_string_new(lang_word(L->opts->lang, LANG_W_SOURCES, 2));
	g_string_append_c(s, ' ');
	for (int i = 0; i < n; i++) {
		if (i > 0)
			g_string_append(s, "; ");
		labeltext_superscript(s, i + 1);
		g_string_append(s, "\u202f");
		g_string_append(s, g_ptr_array_index(L->ev->sources, src[i] - 1));
	}
	g_string_append_c(s, '.');
	return g_string_free(s, FALSE);
}

double tlframe_sources_height(const TlLayout *L, const int *sources, int n)
{
	if (n == 0)
		return 0;
	char *s = sources_text(L, sources, n);
	TextStyle st = note_style();
	st.wrap = L->hi - L->lo;
	double h = text_measure(L->tm, s, &st).h + 3;
	g_free(s);
	return h;
}

double tlframe_caption_height(const TlLayout *L)
{
	if (!L->opts->caption || !*L->opts->caption)
		return 0;
	TextStyle st = page_style(7, FALSE, TRUE, L->hi - L->lo, TEXT_LEFT);
	return text_measure(L->tm, L->opts->caption, &st).h + 3;
}

/* The note on the events without a label of their own, true of this
 * figure: an overview counts them in its labels. */
static char *hidden_note(const TlLayout *L)
{
	int total = (int)L->ev->items->len;
	LangPhrase p = L->overview ? LANG_P_NOT_NAMED_OVERVIEW
	             : L->hint_vertical ? LANG_P_NOT_LABELLED_TRY_VERTICAL : LANG_P_NOT_LABELLED;
	return lang_phrase(L->opts->lang, p, L->hidden, total);
}

double tlframe_footer(TlLayout *L, double y)
{
	Page pg;
	page_init(&pg, L->scene, L->tm, L->opts);
	if (L->keys->len > 0) {
		y += 2;
		for (guint i = 0; i < L->keys->len; i++)
			y = key_entry(L, &pg, &g_array_index(L->keys, TlKey, i), y);
		y += 2;
	}
	if (L->hidden > 0) {
		char *t = hidden_note(L);
		y = paragraph(&pg, y, "note", t,
		              page_style(PAGE_NOTE_SIZE, FALSE, TRUE, 0, TEXT_LEFT), PAGE_INK);
		g_free(t);
	}
	if (L->notes->len > 0) {
		int n = (int)L->notes->len, *src = g_new(int, (gsize)n);
		/* L->notes holds the cited sources by note number; find their
		 * indexes for the shared text builder. */
		for (int i = 0; i < n; i++)
			for (guint j = 0; j < L->ev->sources->len; j++)
				if (g_ptr_array_index(L->ev->sources, j) == g_ptr_array_index(L->notes, i))
					src[i] = (int)j + 1;
		char *s = sources_text(L, src, n);
		y = paragraph(&pg, y + 1, "note", s, note_style(), PAGE_MUTED);
		g_free(s);
		g_free(src);
	}
	if (L->opts->caption && *L->opts->caption)
		y = paragraph(&pg, y + 1, "caption", L->opts->caption,
		              page_style(7, FALSE, TRUE, 0, TEXT_LEFT), PAGE_MUTED);
	page_clear(&pg);
	return y;
}
