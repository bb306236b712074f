/* labeltext: the words of a timeline label; see labeltext.h. */
#include "labeltext.h"

#include <string.h>

enum { SHORT_CHARS = 14 };  /* a pair of words or a quoted name this short stays whole */

#define WORD_JOINER "\u2060"

void labeltext_superscript(GString *s, int n)
{
	static const char *const digits[] = {"\u2070", "\u00b9", "\u00b2", "\u00b3",
	                                     "\u2074", "\u2075", "\u2076", "\u2077",
	                                     "\u2078", "\u2079"};
	char buf[16];
	g_snprintf(buf, sizeof buf, "%d", n);
	for (char *c = buf; *c; c++)
		g_string_append(s, digits[*c - '0']);
}

/* Forbids a line break at the space at byte `at` by putting a word joiner
 * after it. Returns the bytes added. */
static gsize tie(GString *s, gsize at)
{
	g_string_insert(s, (gssize)at + 1, WORD_JOINER);
	return strlen(WORD_JOINER);
}

/* The last two words are tied when short together ("number 17", "in
 * Almaty"), so a wrapped label never ends in a line of one word. Labels of
 * three words or fewer rarely wrap and are kept as written. */
static void tie_last_words(GString *s, const char *label)
{
	int words = 1;
	for (const char *c = label; *c; c++)
		words += *c == ' ' && c[1] && c[1] != ' ';
	const char *sp = strrchr(label, ' ');
	if (words < 4 || !sp || sp == label || sp[-1] == ' ' ||
	    g_utf8_strlen(sp + 1, -1) == 0 || strchr(label, '\n'))
		return;
	const char *prev = sp;
	while (prev > label && prev[-1] != ' ')
		prev--;
	if (g_utf8_strlen(prev, -1) <= SHORT_CHARS)
		tie(s, (gsize)(sp - label));
}

/* A number stays with the word after it ("22 February", "1,000
 * signatures"): from the end, so earlier offsets hold. */
static void tie_numbers(GString *s)
{
	for (gssize i = (gssize)s->len - 2; i > 0; i--) {
		if (s->str[i] != ' ' || !g_unichar_isalpha(g_utf8_get_char(s->str + i + 1)))
			continue;
		gssize j = i;
		gboolean digit = FALSE;
		while (j > 0 && (g_ascii_isdigit(s->str[j - 1]) || s->str[j - 1] == ',' ||
		                 s->str[j - 1] == '.')) {
			digit |= g_ascii_isdigit(s->str[j - 1]);
			j--;
		}
		if (digit && i - j <= 6 && (j == 0 || s->str[j - 1] == ' '))
			tie(s, (gsize)i);
	}
}

/* A short quoted name stays on one line: «Нур Отан», “Aq Zhol”. */
static void tie_quoted_names(GString *s)
{
	static const char *const quotes[2][2] = {{"\u00ab", "\u00bb"}, {"\u201c", "\u201d"}};
	for (int q = 0; q < 2; q++) {
		gsize from = 0;
		for (;;) {
			const char *o = strstr(s->str + from, quotes[q][0]);
			const char *c = o ? strstr(o, quotes[q][1]) : NULL;
			if (!c)
				break;
			gsize a = (gsize)(o - s->str), b = (gsize)(c - s->str);
			if (g_utf8_strlen(o, (gssize)(b - a)) <= SHORT_CHARS)
				for (gsize i = a; i < b; i++)
					if (s->str[i] == ' ')
						b += tie(s, i);
			from = b + strlen(quotes[q][1]);
		}
	}
}

char *labeltext_heading(const char *text)
{
	GString *s = g_string_new(text);
	tie_last_words(s, text);
	tie_numbers(s);
	return g_string_free(s, FALSE);
}

char *labeltext_label(const char *label, int note)
{
	GString *s = g_string_new(label);
	tie_last_words(s, label);
	tie_numbers(s);
	tie_quoted_names(s);
	/* A word joiner keeps the note number on the line of the word before
	 * it, even after a dash, a hyphen or a slash ("Reform—²"). */
	if (note > 0) {
		g_string_append(s, WORD_JOINER);
		labeltext_superscript(s, note);
	}
	return g_string_free(s, FALSE);
}

char *labeltext_date(Lang lang, const Event *e)
{
	if (e->has_end && e->t1 > e->t0)
		return lang_date_range(lang, &e->date, &e->end);
	return lang_date(lang, &e->date);
}

char *labeltext_nobreak(const char *text)
{
	GString *o = g_string_sized_new(strlen(text) + 8);
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == ' ')
			g_string_append(o, "\u00a0");
		else
			g_string_append_unichar(o, c);
		if (c == 0x2013)
			g_string_append(o, WORD_JOINER);
	}
	return g_string_free(o, FALSE);
}

char *labeltext_tied(const char *text)
{
	GString *o = g_string_sized_new(strlen(text) + 8);
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		g_string_append_unichar(o, c);
		if (c == ' ' || c == 0x2013)
			g_string_append(o, WORD_JOINER);
	}
	return g_string_free(o, FALSE);
}
