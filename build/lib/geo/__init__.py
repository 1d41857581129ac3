"""Healthcare-facility projects of Kazakhstan, from news articles to a map."""
