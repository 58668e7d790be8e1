/* fv-page.h — a tab of the window: a view of the session's model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fv-session.h"

G_BEGIN_DECLS

#define FV_TYPE_PAGE (fv_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (FvPage, fv_page, FV, PAGE, GtkWidget)

struct _FvPageClass
{
  GtkWidgetClass parent_class;

  /* Makes the page anew from the session's model, in its languages. */
  void (*rebuild)        (FvPage     *self);
  /* Lets go of what it shows: another model is to come. */
  void (*clear)          (FvPage     *self);
  /* Another property of the session changed: the search, the selection. */
  void (*session_notify) (FvPage     *self,
                          GParamSpec *pspec);
  /* Puts the focus on the first fact shown (the first search result). */
  void (*focus_first)    (FvPage     *self);
};

FvSession *fv_page_get_session (FvPage    *self);
void       fv_page_set_session (FvPage    *self,
                                FvSession *session);

void       fv_page_focus_first (FvPage    *self);
void       fv_page_show_no_match (FvPage        *self,
                                  GtkWidget     *list,
                                  AdwStatusPage *status,
                                  guint          n_shown,
                                  const char    *format);

G_END_DECLS
