/* fv-window-private.h — what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is one class in several files, one a job: fv-window.c (the
 * class, the header bar's titles, search), -actions, -files, -reload,
 * -search, -share, -data, -language, -settings, -toast, -quotes, -quote-pane.
 */
#pragma once

#include "fv-window.h"

G_BEGIN_DECLS

/* The problems bar's tooltip: the start of the whole text. */
#define FV_PROBLEMS_TOOLTIP_MAX_CHARS 2000
/* The longest problem line the bar shows whole (its label's
 * max-width-chars); a longer one is cut, and Show All has it all. */
#define FV_PROBLEM_LINE_MAX_CHARS 120

struct _FvWindow
{
  AdwApplicationWindow  parent_instance;

  FvSession            *session;
  GSettings            *settings;       /* NULL when the schema is not installed */
  GCancellable         *loading;        /* the file being loaded, or NULL */
  GFile                *file;           /* the model's, or NULL for the built-in one */
  GFileMonitor         *monitor;        /* of file, while "reload-when-changed" */
  guint                 reload_id;      /* a reload, when the file's events have settled */
  GMenuModel           *language_menu;  /* the languages of the model shown */
  char                 *problems;       /* of the last file that did not open, one a line */

  /* template */
  AdwViewStack         *stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStackPage     *timeline_stack_page;
  AdwViewStackPage     *case_stack_page;
  AdwViewStackPage     *statements_stack_page;
  FvPage               *timeline_page;
  FvPage               *case_page;
  FvPage               *statements_page;
  GtkRevealer          *error_bar;
  GtkLabel             *error_label;
  GtkWidget            *show_problems_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkLabel             *match_label;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  GMenu                *recent_menu;
  GtkMenuButton        *language_button;
  GtkSpinner           *load_spinner;
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *quote_flap;
  GtkWidget            *quote_pane;
  GtkLabel             *quote_status;
  GtkLabel             *quote_place;
  GtkLabel             *quote_paragraph;
  GtkLabel             *quote_quoted;
  GtkLabel             *quote_file;
  GtkWidget            *quote_close_button;

  GtkWidget            *focus_before_search;  /* weak */
  GtkWidget            *focus_before_quote;   /* weak */
  GCancellable         *checking;             /* the quotations' checks, or NULL */
  GHashTable           *pending_texts;        /* source id → FvSourceText, for the model loading */
};

/* fv-window.c */
void           fv_window_show_problems         (FvWindow       *self,
                                                const char     *message);
const FvChart *fv_window_get_current_chart     (FvWindow       *self);
FvTab          fv_window_get_visible_tab       (FvWindow       *self);
GPtrArray     *fv_window_get_tab_buttons       (FvWindow       *self,
                                                FvTab           tab);

/* fv-window-actions.c, and the actions of each job's file */
void fv_window_class_install_actions         (GtkWidgetClass *widget_class);
void fv_window_class_install_file_actions    (GtkWidgetClass *widget_class);
void fv_window_class_install_reload_actions  (GtkWidgetClass *widget_class);
void fv_window_class_install_share_actions   (GtkWidgetClass *widget_class);
void fv_window_class_install_data_actions    (GtkWidgetClass *widget_class);

/* fv-window-files.c */
void fv_window_setup_drop          (FvWindow *self);
void fv_window_update_recent_menu  (FvWindow *self);

/* fv-window-reload.c */
void fv_window_watch_file          (FvWindow *self);
void fv_window_set_model_from_file (FvWindow *self,
                                    FvModel  *model,
                                    GFile    *file);

/* fv-window-language.c */
void fv_window_update_language_button (FvWindow *self);

/* fv-window-search.c */
void fv_window_class_bind_search   (GtkWidgetClass *widget_class);
void fv_window_setup_search        (FvWindow *self);

/* fv-window-quotes.c */
void        fv_window_class_bind_quotes (GtkWidgetClass *widget_class);
void        fv_window_setup_quotes      (FvWindow       *self);
void        fv_window_dispose_quotes    (FvWindow       *self);
const char *fv_window_source_title      (FvWindow       *self,
                                         const FvSource *source,
                                         char          **clipped);

/* fv-window-quote-pane.c */
void fv_window_class_bind_quote_pane (GtkWidgetClass *widget_class);
void fv_window_setup_quote_pane      (FvWindow       *self);

/* fv-window-settings.c */
void fv_window_bind_settings       (FvWindow *self);

/* fv-window-toast.c */
void      fv_window_class_install_toast_actions (GtkWidgetClass *widget_class);
void      fv_window_notify                      (FvWindow       *self,
                                                 const char     *text);
void      fv_window_show_exported               (FvWindow       *self,
                                                 GFile          *file,
                                                 const char     *format);

G_END_DECLS
