async def job():
    pass
c = job()
print("end")
