/* seatseries: parties across elections; see seatseries.h. Every look-up is a
 * hash, so a series of many thousand rows links in linear time. */
#include "seatseries.h"
#include "diag.h"

#include <string.h>

/* The linking under way, one house at a time. */
typedef struct Linker {
	ParlSet *set;
	GHashTable *lineage_of;  /* name -> lineage + 1, as of the last house */
	GHashTable *taken_by;    /* old name -> the party (borrowed) that took it over */
	GPtrArray *names;        /* per lineage: a GString of its earlier names */
	GPtrArray *last_name;    /* per lineage: its latest name (borrowed) */
} Linker;

static void linker_init(Linker *L, ParlSet *set)
{
	*L = (Linker){.set = set};
	L->lineage_of = g_hash_table_new(g_str_hash, g_str_equal);
	L->taken_by = g_hash_table_new(g_str_hash, g_str_equal);
	L->names = g_ptr_array_new();
	L->last_name = g_ptr_array_new();
}

/* Moves the lineages' names into the set and frees the rest. */
static void linker_finish(Linker *L, gboolean ok)
{
	ParlSet *set = L->set;
	for (int i = 0; i < set->nlineages; i++) {
		g_free(set->lineages[i].name);
		g_free(set->lineages[i].formerly);
	}
	g_free(set->lineages);
	set->nlineages = (int)L->names->len;
	set->lineages = g_new0(ParlLineage, MAX(set->nlineages, 1));
	for (guint i = 0; i < L->names->len; i++) {
		GString *earlier = g_ptr_array_index(L->names, i);
		set->lineages[i].name = g_strdup(g_ptr_array_index(L->last_name, i));
		set->lineages[i].formerly = g_string_free(earlier, !ok || earlier->len == 0);
	}
	g_ptr_array_free(L->names, TRUE);
	g_ptr_array_free(L->last_name, TRUE);
	g_hash_table_destroy(L->lineage_of);
	g_hash_table_destroy(L->taken_by);
}

static int lookup(GHashTable *t, const char *name)
{
	return GPOINTER_TO_INT(g_hash_table_lookup(t, name)) - 1;
}

static int new_lineage(Linker *L, const char *name)
{
	g_ptr_array_add(L->names, g_string_new(NULL));
	g_ptr_array_add(L->last_name, (gpointer)name);
	return (int)L->names->len - 1;
}

/* FALSE with the error at p's previous cell; takes what. */
static gboolean fail_previous(const Linker *L, const ParlParty *p, char *what,
                              GError **err)
{
	char *q = diag_quote(p->previous);
	gboolean r = diag_at(err, L->set->path, p->line, p->previous_col,
	                     "previous \"%s\": %s", q, what);
	g_free(what);
	g_free(q);
	return r;
}

static char *continued_by(const ParlParty *other)
{
	return g_strdup_printf("\"%s\" (line %d) already continues it; expected one "
	                       "party to continue each earlier one", other->name, other->line);
}

/* Whether p names an earlier name of its own in its previous cell. */
static gboolean renamed(const ParlParty *p)
{
	return p->previous && strcmp(p->previous, p->name) != 0;
}

/* The renamed parties of house h take their lineages, each from the state
 * the earlier houses left: FALSE at the first previous cell that names
 * no earlier party, one that still stands here, or one another party
 * took. */
static gboolean link_renames(Linker *L, Parliament *h, GHashTable *claimed,
                             GHashTable *here, GError **err)
{
	for (int j = 0; j < h->nparties; j++) {
		ParlParty *p = &h->parties[j];
		if (!renamed(p))
			continue;
		int lin = lookup(L->lineage_of, p->previous);
		const ParlParty *other = g_hash_table_lookup(L->taken_by, p->previous);
		if (lin < 0 && other)
			return fail_previous(L, p, continued_by(other), err);
		if (lin < 0)
			return fail_previous(L, p, g_strdup("no party of that name in an earlier "
			                     "election; expected the name the party had before"),
			                     err);
		other = g_hash_table_lookup(here, p->previous);
		if (other && !renamed(other))
			return fail_previous(L, p, g_strdup_printf("\"%s\" (line %d) also stands "
			                     "in this election; expected a name the party no "
			                     "longer has", other->name, other->line), err);
		other = g_hash_table_lookup(claimed, GINT_TO_POINTER(lin + 1));
		if (other)
			return fail_previous(L, p, continued_by(other), err);
		g_hash_table_insert(claimed, GINT_TO_POINTER(lin + 1), p);
		p->lineage = lin;
	}
	return TRUE;
}

/* The lineages of house h: renames first, then every other party by its
 * name; then the names as this house leaves them. */
static gboolean link_house(Linker *L, Parliament *h, GError **err)
{
	GHashTable *claimed = g_hash_table_new(g_direct_hash, g_direct_equal);
	GHashTable *here = g_hash_table_new(g_str_hash, g_str_equal);
	for (int j = 0; j < h->nparties; j++)
		g_hash_table_insert(here, h->parties[j].name, &h->parties[j]);
	gboolean ok = link_renames(L, h, claimed, here, err);
	for (int j = 0; j < h->nparties && ok; j++) {
		ParlParty *p = &h->parties[j];
		if (renamed(p))
			continue;
		p->lineage = lookup(L->lineage_of, p->name);
		if (p->lineage < 0)
			p->lineage = new_lineage(L, p->name);
	}
	for (int j = 0; j < h->nparties && ok; j++) {
		ParlParty *p = &h->parties[j];
		if (renamed(p)) {
			g_hash_table_remove(L->lineage_of, p->previous);
			g_hash_table_insert(L->taken_by, p->previous, p);
		}
		g_hash_table_insert(L->lineage_of, p->name, GINT_TO_POINTER(p->lineage + 1));
		const char *last = g_ptr_array_index(L->last_name, p->lineage);
		if (strcmp(last, p->name) != 0) {
			GString *earlier = g_ptr_array_index(L->names, p->lineage);
			g_string_append_printf(earlier, "%s%s", earlier->len ? ", " : "", last);
			g_ptr_array_index(L->last_name, p->lineage) = p->name;
		}
	}
	g_hash_table_destroy(claimed);
	g_hash_table_destroy(here);
	return ok;
}

gboolean seatseries_link(ParlSet *set, GError **err)
{
	Linker L;
	linker_init(&L, set);
	gboolean ok = TRUE;
	for (int i = 0; i < set->n && ok; i++)
		ok = link_house(&L, &set->houses[i], err);
	linker_finish(&L, ok);
	if (ok)
		seatseries_number(set);
	return ok;
}

void seatseries_number(ParlSet *set)
{
	gboolean *has = g_new0(gboolean, MAX(set->nlineages, 1));
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			const ParlParty *p = &set->houses[i].parties[j];
			if (p->seats > 0)
				has[p->lineage] = TRUE;
		}
	int n = 0;
	for (int i = 0; i < set->nlineages; i++)
		set->lineages[i].number = has[i] ? ++n : 0;
	g_free(has);
}

int *seatseries_grid(const ParlSet *set)
{
	gsize nl = (gsize)MAX(set->nlineages, 1);
	int *grid = g_new(int, (gsize)MAX(set->n, 1) * nl);
	for (gsize k = 0; k < (gsize)MAX(set->n, 1) * nl; k++)
		grid[k] = -1;
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			const ParlParty *p = &set->houses[i].parties[j];
			grid[(gsize)i * nl + (gsize)p->lineage] = p->seats;
		}
	return grid;
}
