/* tlframe: a timeline's heading, legend and notes; see tlframe.h. */
#include "tlframe.h"
#include "labeltext.h"
#include "page.h"

/* One swatch and name per group, flowing in lines; groups beyond the
 * palette share one "other groups (N)" entry at the end. */
static double legend(TlLayout *L, Page *pg, double y)
{
	guint ng = L->ev->groups->len;
	TextStyle st = page_style(7, FALSE, FALSE, L->hi - L->lo - 10, TEXT_LEFT);
	double x = L->lo, line_h = 0;
	char *other = lang_phrase(L->opts->lang, LANG_P_OTHER_GROUPS, L->colors.others, 0);
	for (guint g = 0; g <= ng; g++) {
		if (g < ng && tlcolor_is_other(&L->colors, (int)g))
			continue;
		if (g == ng && L->colors.others == 0)
			break;
		const char *name = g < ng ? g_ptr_array_index(L->ev->groups, g) : other;
		TextSize sz = text_measure(L->tm, name, &st);
		if (x > L->lo && x + 10 + sz.w > L->hi) {
			x = L->lo;
			y += line_h + 2;
			line_h = 0;
		}
		Color key = g < ng ? tlcolor_of(&L->colors, (int)g) : color_rgb(TLCOLOR_OTHER);
		scene_circle(L->scene, "legend-key", x + 3.5, y + MIN(sz.h, 10) / 2, 3, key,
		             COLOR_NONE, 0);
		page_text(pg, "legend", name, st, x + 10, y, color_rgb(PAGE_INK));
		x += 10 + sz.w + 12;
		line_h = MAX(line_h, sz.h);
	}
	g_free(other);
	return y + line_h + 2;
}

double tlframe_heading(TlLayout *L, double y)
{
	Page pg;
	page_init(&pg, L->scene, L->tm, L->opts);
	y = page_heading(&pg, y);
	if (L->ev->groups->len > 0)
		y = legend(L, &pg, y + 3);
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
