/* fv-chart-table.c — a chart's data as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Screen-reader users and people who copy numbers need the data behind a
 * chart, not a picture of it. FvChartTable shows a timeline's events (date,
 * event, lane, who, sources) or a bar chart's figures (label, value, whom it
 * counts, what it measures, sources) in a GtkColumnView: sortable by each
 * column, rows selected as marks are, Ctrl+C copying the selected rows as
 * the CSV that --format=csv writes (fv-chart-csv.c). While a search finds
 * events, a timeline's table shows those alone, as the timeline's list
 * does (figures are not searched: a bar chart's table keeps them all).
 * FvChartPanel (fv-chart-panel.c) shows it in place of
 * its chart.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-chart-csv.h"
#include "fv-chart-row.h"
#include "fv-chart-table.h"
#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-model-index.h"

/* ---- The table ---------------------------------------------------------- */

struct _FvChartTable
{
  GtkWidget          parent_instance;

  FvSession         *session;
  FvModel           *model;
  const FvChart     *chart;
  GtkColumnView     *view;
  GtkMultiSelection *selection;
  GtkCustomFilter   *filter;   /* the search's */
  gboolean           syncing;
};

G_DEFINE_FINAL_TYPE (FvChartTable, fv_chart_table, GTK_TYPE_WIDGET)

typedef char *(*CellText) (FvChartTable *self, FvChartRow *row);
typedef int   (*CellCompare) (FvChartRow *a, FvChartRow *b, FvChartTable *self);

/* One source once, its places together: "Article …, paragraphs 5 and 6". */
static char *
sources_text (FvChartTable       *self,
              const FvReferences *references)
{
  g_autoptr(GPtrArray) citations = fv_citations_new (references);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < citations->len; i++)
    {
      g_autofree char *where = fv_format_citation_places (self->model,
                                                          g_ptr_array_index (citations, i),
                                                          fv_session_get_languages (self->session));

      if (i > 0)
        /* translators: separates the sources of a fact in a table's cell */
        g_string_append (text, _("; "));
      g_string_append (text, where);
    }
  return g_string_free (text, FALSE);
}

static char *
text_or_empty (FvChartTable *self,
               const FvText *text)
{
  const char *shown = text->original != NULL ? fv_session_text (self->session, text) : NULL;

  return g_strdup (shown != NULL ? shown : "");
}

static char *
event_date (FvChartTable *self, FvChartRow *row)
{
  return fv_format_event_date (row->event);
}

static char *
event_title (FvChartTable *self, FvChartRow *row)
{
  FvModel *model = fv_session_get_model (self->session);
  const char *title = fv_model_event_title (model, row->event,
                                            fv_session_get_languages (self->session));

  return g_strdup (title != NULL ? title : "");
}

static char *
event_lane (FvChartTable *self, FvChartRow *row)
{
  return self->chart->n_lanes > 0 ? text_or_empty (self, &self->chart->lanes[row->lane].label)
                                   : g_strdup ("");
}

static char *
event_who (FvChartTable *self, FvChartRow *row)
{
  return fv_actors_to_string (self->session, row->event->actors, row->event->n_actors);
}

static char *
event_sources (FvChartTable *self, FvChartRow *row)
{
  return sources_text (self, &row->event->references);
}

static char *
figure_label (FvChartTable *self, FvChartRow *row)
{
  return text_or_empty (self, &row->figure->label);
}

static char *
figure_value (FvChartTable *self, FvChartRow *row)
{
  return fv_format_figure_value (row->figure);
}

static char *
figure_population (FvChartTable *self, FvChartRow *row)
{
  return text_or_empty (self, &row->figure->population);
}

static char *
figure_measure (FvChartTable *self, FvChartRow *row)
{
  return text_or_empty (self, &row->figure->measure);
}

static char *
figure_sources (FvChartTable *self, FvChartRow *row)
{
  return sources_text (self, &row->figure->references);
}

static int
compare_dates (FvChartRow *a, FvChartRow *b, FvChartTable *self)
{
  gint32 x = fv_event_get_first_day (a->event), y = fv_event_get_first_day (b->event);

  return (x > y) - (x < y);
}

static int
compare_values (FvChartRow *a, FvChartRow *b, FvChartTable *self)
{
  return (a->figure->value > b->figure->value) - (a->figure->value < b->figure->value);
}

typedef struct
{
  const char  *title;
  CellText     text;
  CellCompare  compare;  /* NULL: by the text, as the language sorts it */
  gboolean     expand;
} Column;

static const Column timeline_columns[] = {
  { N_("Date"), event_date, compare_dates, FALSE },
  { N_("Event"), event_title, NULL, TRUE },
  { N_("Lane"), event_lane, NULL, FALSE },
  { N_("Who"), event_who, NULL, FALSE },
  { N_("Sources"), event_sources, NULL, TRUE },
};

static const Column bar_columns[] = {
  { N_("Label"), figure_label, NULL, TRUE },
  { N_("Value"), figure_value, compare_values, FALSE },
  { N_("Whom it counts"), figure_population, NULL, FALSE },
  { N_("What it measures"), figure_measure, NULL, TRUE },
  { N_("Sources"), figure_sources, NULL, TRUE },
};

static const Column *
columns_of (FvChartTable *self,
            guint        *n)
{
  if (self->chart->type == FV_CHART_TIMELINE)
    {
      *n = G_N_ELEMENTS (timeline_columns);
      return timeline_columns;
    }
  *n = G_N_ELEMENTS (bar_columns);
  return bar_columns;
}

/* A column of one table: what its sorter and its cells' factory are given. */
typedef struct
{
  FvChartTable *table;   /* owns the view that owns this */
  const Column *column;
} TableColumn;

static TableColumn *
table_column_new (FvChartTable *table,
                  const Column *column)
{
  TableColumn *self = g_new (TableColumn, 1);

  self->table = table;
  self->column = column;
  return self;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const TableColumn *of = user_data;
  const Column *column = of->column;
  FvChartTable *self = of->table;
  g_autofree char *x = NULL, *y = NULL;

  if (column->compare != NULL)
    return column->compare (FV_CHART_ROW ((gpointer) a), FV_CHART_ROW ((gpointer) b), self);

  x = column->text (self, FV_CHART_ROW ((gpointer) a));
  y = column->text (self, FV_CHART_ROW ((gpointer) b));
  return g_utf8_collate (x, y);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           const TableColumn        *of)
{
  FvChartRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = of->column->text (of->table, row);
  GtkWidget *label = gtk_list_item_get_child (item);

  /* Model text, never markup. */
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text[0] != '\0' ? text : NULL);
}

static GListModel *
make_rows (FvChartTable *self)
{
  GListStore *store = g_list_store_new (FV_TYPE_CHART_ROW);

  if (self->chart->type == FV_CHART_TIMELINE)
    {
      for (guint l = 0; l < self->chart->n_lanes; l++)
        for (guint i = 0; i < self->chart->lanes[l].n_events; i++)
          {
            g_autoptr(FvChartRow) row = fv_chart_row_new_event (self->chart->lanes[l].events[i], l);

            g_list_store_append (store, row);
          }
    }
  else
    for (guint i = 0; i < self->chart->n_figures; i++)
      {
        g_autoptr(FvChartRow) row = fv_chart_row_new_figure (self->chart->figures[i]);

        g_list_store_append (store, row);
      }

  return G_LIST_MODEL (store);
}

/* "FACT LANE": a row of the table, as the CSV's rows are told apart (an
 * event may be on two lanes, a row each). */
static char *
row_key (gconstpointer fact,
         guint         lane)
{
  return g_strdup_printf ("%p %u", fact, lane);
}

static gboolean
keep_selected (gconstpointer fact,
               guint         lane,
               gpointer      selected)
{
  g_autofree char *key = row_key (fact, lane);

  return g_hash_table_contains (selected, key);
}

/**
 * fv_chart_table_copy_text:
 *
 * Returns: the selected rows (all of them when none is) as the command
 *   line's --format=csv writes the chart's data (fv-chart-csv.c): RFC
 *   4180 CSV with its header, in the chart's order of its marks
 */
char *
fv_chart_table_copy_text (FvChartTable *self)
{
  GListModel *rows;
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GHashTable) keep = NULL;

  g_return_val_if_fail (FV_IS_CHART_TABLE (self), NULL);

  rows = G_LIST_MODEL (self->selection);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (!gtk_bitset_is_empty (selected))
    {
      keep = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        if (gtk_bitset_contains (selected, i))
          {
            g_autoptr(FvChartRow) row = g_list_model_get_item (rows, i);

            g_hash_table_add (keep, row->event != NULL ? row_key (row->event, row->lane)
                                                       : row_key (row->figure, G_MAXUINT));
          }
    }

  return fv_chart_csv_new (self->model, self->chart, fv_session_get_languages (self->session),
                           keep != NULL ? keep_selected : NULL, keep);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FvChartTable          *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  GdkContentProvider *offers[2];

  if (!(state & GDK_CONTROL_MASK) || (keyval != GDK_KEY_c && keyval != GDK_KEY_C))
    return FALSE;

  /* As CSV for what reads it (a spreadsheet), and as plain text. */
  text = fv_chart_table_copy_text (self);
  bytes = g_bytes_new (text, strlen (text));
  offers[0] = gdk_content_provider_new_for_bytes ("text/csv", bytes);
  offers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  content = gdk_content_provider_new_union (offers, G_N_ELEMENTS (offers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), content);
  return TRUE;
}

/* A row selected alone selects its fact everywhere, as a click on its mark
 * does; a fact selected elsewhere is selected here. */
static void
on_selection_changed (FvChartTable *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(FvChartRow) row = NULL;

  if (self->syncing)
    return;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_get_size (selected) != 1)
    return;
  row = g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_nth (selected, 0));
  if (row->event != NULL)
    fv_session_set_selected_id (self->session, row->id);
}

static void
on_session_selected (FvChartTable *self)
{
  const char *id = fv_session_get_selected_id (self->session);
  GListModel *rows = G_LIST_MODEL (self->selection);

  if (id == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(FvChartRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (row->id, id))
        {
          self->syncing = TRUE;
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          self->syncing = FALSE;
          return;
        }
    }
}

static gboolean
row_is_found (gpointer item,
              gpointer user_data)
{
  FvChartTable *self = user_data;
  FvChartRow *row = item;
  GHashTable *found = fv_session_get_event_matches (self->session);

  return row->event == NULL || found == NULL || g_hash_table_contains (found, row->id);
}

static void
on_search_changed (FvChartTable *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
fv_chart_table_dispose (GObject *object)
{
  FvChartTable *self = FV_CHART_TABLE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->session);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (fv_chart_table_parent_class)->dispose (object);
}

/* The focus goes to the rows, where the keys work. */
static gboolean
fv_chart_table_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (FV_CHART_TABLE (widget)->view));
}

static void
fv_chart_table_class_init (FvChartTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_chart_table_dispose;
  widget_class->grab_focus = fv_chart_table_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fv_chart_table_init (FvChartTable *self)
{
}

/**
 * fv_chart_table_new:
 *
 * Returns: a table of @chart's data, in @session's languages
 */
GtkWidget *
fv_chart_table_new (FvSession     *session,
                    const FvChart *chart)
{
  FvChartTable *self;
  GtkWidget *scrolled;
  GtkEventController *keys;
  GtkSortListModel *sorted;
  const Column *columns;
  guint n_columns;

  g_return_val_if_fail (FV_IS_SESSION (session), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  self = g_object_new (FV_TYPE_CHART_TABLE, NULL);
  self->session = g_object_ref (session);
  self->model = g_object_ref (fv_session_get_model (session));
  self->chart = chart;

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  columns = columns_of (self, &n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cell),
                             table_column_new (self, &columns[c]),
                             (GClosureNotify) G_CALLBACK (g_free), 0);
      column = gtk_column_view_column_new (_(columns[c].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[c].expand);
      {
        GtkCustomSorter *sorter = gtk_custom_sorter_new (compare_rows,
                                                         table_column_new (self, &columns[c]),
                                                         g_free);

        gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
        g_object_unref (sorter);
      }
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }

  /* The rows the search finds: the filter borrows the table, which
   * drops its rows (and the filter with them) when it is disposed. */
  self->filter = gtk_custom_filter_new (row_is_found, self, NULL);
  sorted = gtk_sort_list_model_new (
    G_LIST_MODEL (gtk_filter_list_model_new (make_rows (self),
                                             GTK_FILTER (g_object_ref (self->filter)))),
    g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed), self);
  g_signal_connect_object (session, "notify::selected-id", G_CALLBACK (on_session_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::event-matches", G_CALLBACK (on_search_changed),
                           self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fv_session_text (session, &chart->title), -1);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
  on_session_selected (self);

  return GTK_WIDGET (self);
}
