"""Every string a person reads (HTML parse mode), split by reader: ``for_citizen``,
``for_staff`` (unit staff and unit groups), ``for_supervisors``, ``for_operators`` (the CLI);
``common`` holds what several readers share. Codes are stored; these modules render labels."""
