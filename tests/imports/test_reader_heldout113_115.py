"""What heldout113-115's first scores showed the reader missing: an old Europass CV's labels
column, an item's period whose sentence goes on over its wrapped lines, a range in brackets
on an item's wrapped line (smatrx.imports.sources.resume_columns, resume_periods)."""

from __future__ import annotations

from tests.imports.catalog import catalog_matcher, years

_EUROPASS = """                      Curriculum Vitae
                              Europass

              Esperienza professionale

                                  Date   Marzo 2019 - oggi
          Lavoro o posizione ricoperti   Senior Embedded Software Engineer
  Principali attività e responsabilità   Sviluppo del software di centraline elettroniche (ECU):
                                         - firmware in C su microcontrollori NXP S32K;
                                         - stack AUTOSAR Classic, configurazione del software;
                                         - build notturne e integrazione continua con Jenkins e Git;
 Nome e indirizzo del datore di lavoro   Maiella Automotive Electronics S.r.l., Pescara

                                  Date   Settembre 2013 - Febbraio 2019
          Lavoro o posizione ricoperti   Sviluppatrice firmware
  Principali attività e responsabilità   Firmware per cruscotti digitali di motocicli:
                                         - sviluppo in C su STM32 e Renesas RL78;
                                         - FreeRTOS sui cruscotti;
 Nome e indirizzo del datore di lavoro   Sangro Motion S.p.A., Atessa
"""


def test_an_old_europass_cv_keeps_its_main_column_beside_the_labels() -> None:
    found = years(_EUROPASS, catalog_matcher())
    assert (found["Jenkins"], found["AUTOSAR"], found["FreeRTOS"]) == (7, 7, 5)


_A_GERMAN_JOB = """BERUFSERFAHRUNG

seit 01/2014          IT-Leiter
                      Ybbstaler Stanztechnik GmbH, Amstetten

                      - Leitung der IT-Projekte, u. a. Einführung von abas ERP
                        (Projekt 03/2016 - 06/2017, seither laufende Betreuung
                        gemeinsam mit dem Systempartner)
                      - Seit 2017 zusätzlich Informationssicherheits-
                        beauftragter: ISMS nach ISO 27001
                      - Server und Clients: Windows Server, Active Directory,
                        PowerShell-Skripte für Benutzer- und Rechteverwaltung
                      - Datensicherung mit Veeam nach der 3-2-1-Regel
"""


def test_an_items_period_over_its_wrapped_lines_is_no_new_job() -> None:
    found = years(_A_GERMAN_JOB, catalog_matcher())
    # the job's since January 2014; ISO 27001 since 2017
    assert (found["Veeam"], found["Active Directory"], found["ISO/IEC 27001"]) == (13, 13, 10)
