/* tlalt: a timeline's alt text; see tlalt.h. */
#include "tlalt.h"

enum { MAX_LISTED = 60 };   /* events listed one a line */

/* "Timeline of 7 events from 16 Oct 2019 to 22 Feb 2020." */
static void summary(GString *s, const TlLayout *L)
{
	const ChartOptions *o = L->opts;
	int n = (int)L->ev->items->len;
	const Event *first = tllayout_event(L, 0), *last = tllayout_event(L, 0);
	for (int i = 1; i < n; i++)
		if (tllayout_event(L, i)->t1 > last->t1)
			last = tllayout_event(L, i);
	char *a = lang_date(o->lang, &first->date);
	char *b = lang_date(o->lang, last->has_end ? &last->end : &last->date);
	if (o->title && *o->title)
		g_string_append_printf(s, "%s. ", o->title);
	g_string_append_printf(s, "Timeline of %d event%s from %s to %s", n, n == 1 ? "" : "s",
	                       a, b);
	g_free(a);
	g_free(b);
	g_string_append(s, ".");
}

/* " The axis leaves out 47 days and 3 years without events." */
static void breaks(GString *s, const TlScale *sc)
{
	if (sc->ts.n <= 1)
		return;
	g_string_append(s, " The axis leaves out ");
	for (int i = 0; i + 1 < sc->ts.n; i++)
		g_string_append_printf(s, "%s%s", i == 0 ? "" : i + 2 == sc->ts.n ? " and " : ", ",
		                       sc->gap_text[i]);
	g_string_append(s, " without events.");
}

char *tlalt_text(const TlLayout *L)
{
	GString *s = g_string_new(NULL);
	int n = (int)L->ev->items->len;
	summary(s, L);
	breaks(s, &L->scale);
	int listed = MIN(n, MAX_LISTED);
	for (int i = 0; i < listed; i++) {
		const Event *e = tllayout_event(L, i);
		char *d = tllayout_date(L, e);
		g_string_append_printf(s, "\n%s: %s", d, e->label);
		if (e->group >= 0)
			g_string_append_printf(s, " (%s)",
			                       (char *)g_ptr_array_index(L->ev->groups, e->group));
		if (e->detail)
			g_string_append_printf(s, ": %s", e->detail);
		g_string_append_c(s, '.');
		g_free(d);
	}
	if (listed < n)
		g_string_append_printf(s, "\n... and %d more events.", n - listed);
	g_string_append_c(s, '\n');
	return g_string_free(s, FALSE);
}
