"""The page: one offline HTML map made from the placed, tracked projects.

``map`` builds the folium map and the data it embeds, ``explorer`` the
panel of search, filters, table and exports, ``search`` the index the
panel searches, ``elements`` and ``assets`` put templates and libraries
into the page as they are.
"""
