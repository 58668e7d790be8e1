/* test-window-quotes.c — quotations checked in the window: their marks and the side pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real window under a display (Xvfb in CI), with the built-in model
 * checked against the article (FV_SEED_ARTICLE) and against a copy of it
 * with one word changed, written here; read through its widgets.
 */
#include "config.h"

#include <string.h>

#include "fv-statements-page.h"
#include "fv-timeline-page.h"
#include "fv-window.h"
#include "fv-test-window.h"

typedef struct
{
  FvWindow *window;
  FvSession *session;
  char     *folder;  /* for altered copies of the article */
} Fixture;

static const char *
article_path (void)
{
  const char *path = g_getenv ("FV_SEED_ARTICLE");

  return path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR) ? path : NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();

  fixture->window = fv_window_new (NULL);
  fv_window_set_model (fixture->window, model);
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate (50);
  fixture->session = fv_page_get_session (FV_PAGE (find_widget (GTK_WIDGET (fixture->window),
                                                                FV_TYPE_TIMELINE_PAGE)));
  fixture->folder = g_dir_make_tmp ("fv-test-quotes-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer weak = fixture->window;
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  g_object_add_weak_pointer (G_OBJECT (fixture->window), &weak);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  wait_until_finalized (&weak);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
}

/* Turns the main loop until the session has checks, or has none, as
 * PRESENT says (the worker is done); FALSE after some 20 s. */
static gboolean
wait_for_checks (Fixture *fixture,
                 gboolean present)
{
  for (guint i = 0; i < 20000; i++)
    {
      if (fv_session_has_quote_checks (fixture->session) == present)
        {
          iterate (50);
          return TRUE;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return FALSE;
}

/* Whether the first quotation of the session's model, a statement's, was
 * checked, verbatim: the checks are of the model shown. */
static gboolean
first_quotation_verbatim (Fixture *fixture)
{
  FvModel *model = fv_session_get_model (fixture->session);

  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    {
      const FvReferences *references = &fv_model_get_statement (model, i)->references;

      for (guint r = 0; r < references->n_items; r++)
        if (references->items[r].quote != NULL)
          {
            const FvQuoteCheck *check = fv_session_find_quote_check (fixture->session,
                                                                     &references->items[r]);

            return check != NULL && check->match.status == FV_QUOTE_VERBATIM;
          }
    }
  return FALSE;
}

static void
check_against (Fixture    *fixture,
               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  fv_window_check_quotes_in (fixture->window, "article", file);
  g_assert_true (wait_for_checks (fixture, TRUE));
}

static void
show_statements (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-tab", "s",
                                             "statements"));
  iterate (100);
}

static void
collect_marks (GtkWidget *widget,
               GPtrArray *marks)
{
  if (gtk_widget_has_css_class (widget, "quote-mark") && gtk_widget_get_mapped (widget))
    g_ptr_array_add (marks, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_marks (child, marks);
}

/* The marks shown on the statements tab, top first. */
static GPtrArray *
statement_marks (Fixture *fixture)
{
  GPtrArray *marks = g_ptr_array_new ();

  collect_marks (find_widget (GTK_WIDGET (fixture->window), FV_TYPE_STATEMENTS_PAGE), marks);
  return marks;
}

static GtkLabel *
pane_label (Fixture    *fixture,
            const char *css_class)
{
  GtkWidget *label = find_where (GTK_WIDGET (fixture->window), has_css_class, css_class);

  g_assert_true (GTK_IS_LABEL (label));
  return GTK_LABEL (label);
}

/* Whether LABEL's attributes give the bytes [START, END) of its text an
 * attribute of TYPE. */
static gboolean
has_attribute (GtkLabel       *label,
               PangoAttrType   type,
               gsize           start,
               gsize           end)
{
  PangoAttrList *attributes = gtk_label_get_attributes (label);
  g_autoptr(GSList) list = attributes != NULL ? pango_attr_list_get_attributes (attributes) : NULL;
  gboolean found = FALSE;

  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == type && attribute->start_index == start &&
          attribute->end_index == end)
        found = TRUE;
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
  return found;
}

static const char *first_quote = "[We do] not conduct immigration enforcement and this will not change";

/* No text, no marks; with the article, every quotation of the statements
 * tab verbatim, and the first shown in its paragraph, highlighted. */
static void
test_marks_and_pane (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) marks = NULL;
  AdwFlap *flap = ADW_FLAP (find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_FLAP));
  GtkLabel *paragraph;
  const char *text;
  const char *at;

  if (article_path () == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  show_statements (fixture);
  before = statement_marks (fixture);
  g_assert_cmpuint (before->len, ==, 0);

  check_against (fixture, article_path ());
  marks = statement_marks (fixture);
  g_assert_cmpuint (marks->len, >, 1);
  for (guint i = 0; i < marks->len; i++)
    {
      GtkWidget *mark = g_ptr_array_index (marks, i);

      /* Every statement of the built-in model quotes the article. */
      g_assert_true (gtk_widget_has_css_class (mark, "success"));
    }
  g_assert_false (adw_flap_get_reveal_flap (flap));

  /* From the keyboard: the mark focused, activated; the pane takes the
   * focus, and gives it back when closed. */
  gtk_widget_grab_focus (g_ptr_array_index (marks, 0));
  g_signal_emit_by_name (g_ptr_array_index (marks, 0), "clicked");
  iterate (50);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         find_where (GTK_WIDGET (fixture->window), has_css_class,
                                                     "quote-pane")));
  g_assert_cmpstr (gtk_label_get_text (pane_label (fixture, "quote-status")), ==,
                   "The quoted words are in paragraph 2, as cited.");
  paragraph = pane_label (fixture, "source-paragraph");
  text = gtk_label_get_text (paragraph);
  at = strstr (text, first_quote);
  g_assert_nonnull (at);
  g_assert_true (has_attribute (paragraph, PANGO_ATTR_BACKGROUND, at - text,
                                at - text + strlen (first_quote)));

  /* Closed, and the session shows no quotation. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-quote",
                                             NULL));
  iterate (50);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_null (fv_session_get_shown_quote (fixture->session));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == g_ptr_array_index (marks, 0));
}

/* One word changed at the end of the first statement's words: its mark
 * says it differs, the pane underlines the word, and names the one lost. */
static void
test_word_changed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GString) altered = NULL;
  g_autoptr(GPtrArray) marks = NULL;
  GtkWidget *mark;
  GtkLabel *paragraph;
  const char *text;
  const char *at;

  if (article_path () == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  g_assert_true (g_file_get_contents (article_path (), &contents, NULL, NULL));
  altered = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (altered, "this will not change", "this will not shift", 1),
                    ==, 1);
  copy = g_build_filename (fixture->folder, "altered.txt", NULL);
  g_assert_true (g_file_set_contents (copy, altered->str, altered->len, NULL));

  show_statements (fixture);
  check_against (fixture, copy);
  marks = statement_marks (fixture);
  mark = g_ptr_array_index (marks, 0);
  g_assert_true (gtk_widget_has_css_class (mark, "error"));
  /* The others still verbatim. */
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (marks, 1), "success"));

  g_signal_emit_by_name (mark, "clicked");
  iterate (50);
  paragraph = pane_label (fixture, "source-paragraph");
  text = gtk_label_get_text (paragraph);
  at = strstr (text, "shift");
  g_assert_nonnull (at);
  g_assert_true (has_attribute (paragraph, PANGO_ATTR_UNDERLINE, at - text, at - text + 5));
  g_assert_nonnull (strstr (gtk_label_get_text (pane_label (fixture, "quote-status")),
                            "not in the text"));
  g_assert_nonnull (strstr (gtk_label_get_text (pane_label (fixture, "quote-quoted")),
                            "lacks: “change”"));
}

/* Another model (a reload): its quotations checked again, quietly. */
static void
test_reload_checks_again (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autoptr(GPtrArray) marks = NULL;

  if (article_path () == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  check_against (fixture, article_path ());
  fv_window_set_model (fixture->window, model);
  g_assert_false (fv_session_has_quote_checks (fixture->session));
  g_assert_true (wait_for_checks (fixture, TRUE));
  g_assert_true (first_quotation_verbatim (fixture));

  show_statements (fixture);
  marks = statement_marks (fixture);
  g_assert_cmpuint (marks->len, >, 1);
}

/* A file that is not there: the problems bar names it; nothing is checked. */
static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->folder, "missing.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  GtkWidget *bar = find_where (GTK_WIDGET (fixture->window), has_css_class, "problems-bar");
  GtkWidget *label;

  fv_window_check_quotes_in (fixture->window, "article", file);
  for (guint i = 0; i < 20000 && !gtk_revealer_get_reveal_child (GTK_REVEALER (bar)); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (bar)));
  label = find_widget (bar, GTK_TYPE_LABEL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), missing));
  g_assert_false (fv_session_has_quote_checks (fixture->session));
}

/* A source the story does not have. */
static void
test_no_such_source (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  GtkWidget *bar = find_where (GTK_WIDGET (fixture->window), has_css_class, "problems-bar");

  if (article_path () == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  file = g_file_new_for_path (article_path ());
  fv_window_check_quotes_in (fixture->window, "no-such-source", file);
  for (guint i = 0; i < 20000 && !gtk_revealer_get_reveal_child (GTK_REVEALER (bar)); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_widget (bar, GTK_TYPE_LABEL))), ==,
                   "The story has no source “no-such-source”: no quotations were checked");
  g_assert_false (fv_session_has_quote_checks (fixture->session));
}

/* A model that names its source's text beside it: checked once open. */
static void
test_model_names_text (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *builtin = g_test_build_filename (G_TEST_DIST, "..", "data", "models",
                                                    "chicago-sanctuary.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *model_path = g_build_filename (fixture->folder, "model.json", NULL);
  g_autofree char *text_path = g_build_filename (fixture->folder, "article.txt", NULL);
  g_autoptr(GString) naming = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (model_path);

  if (article_path () == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  g_assert_true (g_file_get_contents (builtin, &contents, NULL, NULL));
  naming = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (naming, "\"id\": \"article\",",
                                      "\"id\": \"article\", \"text_file\": \"article.txt\",", 1),
                    ==, 1);
  g_assert_true (g_file_set_contents (model_path, naming->str, naming->len, NULL));
  g_assert_true (g_file_get_contents (article_path (), &text, NULL, NULL));
  g_assert_true (g_file_set_contents (text_path, text, -1, NULL));

  fv_window_load_file (fixture->window, file);
  g_assert_true (wait_for_checks (fixture, TRUE));
  g_assert_true (fv_window_get_model (fixture->window) != NULL);
  g_assert_true (first_quotation_verbatim (fixture));
}

int
main (int   argc,
      char *argv[])
{
  char *data_home = fv_test_window_init (&argc, &argv);

  if (data_home == NULL)
    return 0;

  g_test_add ("/window/quotes/marks-and-pane", Fixture, NULL, fixture_set_up,
              test_marks_and_pane, fixture_tear_down);
  g_test_add ("/window/quotes/word-changed", Fixture, NULL, fixture_set_up,
              test_word_changed, fixture_tear_down);
  g_test_add ("/window/quotes/reload-checks-again", Fixture, NULL, fixture_set_up,
              test_reload_checks_again, fixture_tear_down);
  g_test_add ("/window/quotes/model-names-text", Fixture, NULL, fixture_set_up,
              test_model_names_text, fixture_tear_down);
  g_test_add ("/window/quotes/unreadable", Fixture, NULL, fixture_set_up,
              test_unreadable, fixture_tear_down);
  g_test_add ("/window/quotes/no-such-source", Fixture, NULL, fixture_set_up,
              test_no_such_source, fixture_tear_down);

  return fv_test_window_run (data_home);
}
