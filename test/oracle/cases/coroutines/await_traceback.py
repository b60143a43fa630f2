async def deepest():
    1 / 0

async def middle():
    await deepest()

async def top():
    await middle()

top().send(None)
