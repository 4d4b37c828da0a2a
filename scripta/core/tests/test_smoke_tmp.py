def test_smoke(verified_client, conversation):
    r = verified_client.get("/inbox/")
    print(r.status_code, r.content[:3000])
    r = verified_client.get(f"/inbox/{conversation.pk}/")
    print(r.status_code)
