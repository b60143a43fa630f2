print("helper runs")
